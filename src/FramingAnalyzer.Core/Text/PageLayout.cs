using FramingAnalyzer.Model;

namespace FramingAnalyzer.Text;

/// <summary>A paragraph of text with the role the page layout gave it, before offsets are assigned.</summary>
internal readonly record struct LaidOutParagraph(string Text, ParagraphRole Role);

/// <summary>
/// Turns an article body into paragraphs with roles. Recognises, in scraped page copies, the section label, headline,
/// byline/outlet-name line, lede and page furniture; a trailing paragraph starting with <c>*</c> becomes a note.
/// For structured inputs the title becomes the headline and the first paragraph the lede.
/// </summary>
internal static class PageLayout
{
    public static (List<LaidOutParagraph> Paragraphs, int FurnitureDropped) Lay(Article article)
    {
        var candidates = SplitParagraphs(article.Body);
        int dropped = candidates.RemoveAll(PageFurniture.IsPrompt);
        var result = new List<LaidOutParagraph>(candidates.Count + 1);
        int index = 0;
        string? title = string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim();

        if (article.MayContainPageFurniture)
        {
            if (candidates.Count > 2 && PageFurniture.IsSectionLabel(candidates[0]) && !SameText(candidates[0], title))
            {
                index++;
                dropped++;
            }
            bool hasHeadline = index < candidates.Count && (SameText(candidates[index], title)
                || title is null && candidates.Count - index >= 3 && PageFurniture.LooksLikeHeadline(candidates[index]));
            if (hasHeadline)
            {
                result.Add(new LaidOutParagraph(candidates[index], ParagraphRole.Headline));
                index++;
            }
            else if (title is not null)
            {
                result.Add(new LaidOutParagraph(title, ParagraphRole.Headline));
            }
        }
        else if (title is not null)
        {
            if (candidates.Count > 0 && SameText(candidates[0], title)) index++;
            result.Add(new LaidOutParagraph(title, ParagraphRole.Headline));
        }

        int noteStart = candidates.Count;
        while (noteStart > index && candidates[noteStart - 1].TrimStart().StartsWith('*')) noteStart--;

        bool ledeSeen = false;
        int bodySeen = 0;
        for (int i = index; i < noteStart; i++)
        {
            var text = candidates[i];
            // Bylines and outlet-name lines sit near the top, around the lede.
            if (article.MayContainPageFurniture && bodySeen < 3 && PageFurniture.IsByline(text, article.Outlet))
            {
                dropped++;
                continue;
            }
            bodySeen++;
            result.Add(new LaidOutParagraph(text, ledeSeen ? ParagraphRole.Body : ParagraphRole.Lede));
            ledeSeen = true;
        }
        for (int i = noteStart; i < candidates.Count; i++)
        {
            result.Add(new LaidOutParagraph(candidates[i], ParagraphRole.Note));
        }
        return (result, dropped);
    }

    private static bool SameText(string line, string? title) =>
        title is not null && string.Equals(Normalise(line), Normalise(title), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Blocks are separated by blank lines. Inside a block, each line is a paragraph, unless the block is hard-wrapped
    /// prose (every line but the last is long and does not end a sentence), in which case its lines are joined.
    /// </summary>
    internal static List<string> SplitParagraphs(string body)
    {
        var paragraphs = new List<string>();
        var block = new List<string>();
        foreach (var rawLine in body.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r').Trim();
            if (line.Length == 0)
            {
                FlushBlock(block, paragraphs);
                continue;
            }
            block.Add(line);
        }
        FlushBlock(block, paragraphs);
        return paragraphs;
    }

    private static void FlushBlock(List<string> block, List<string> paragraphs)
    {
        if (block.Count == 0) return;
        bool hardWrapped = block.Count > 1;
        for (int i = 0; i < block.Count - 1 && hardWrapped; i++)
        {
            var line = block[i];
            hardWrapped = line.Length >= 40 && line[^1] is not ('.' or '!' or '?' or '"' or '”' or ':' or '»');
        }
        if (hardWrapped) paragraphs.Add(string.Join(' ', block));
        else paragraphs.AddRange(block);
        block.Clear();
    }
}
