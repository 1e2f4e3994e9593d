using System.Buffers;
using System.Text;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Text;

/// <summary>A paragraph of text with the role the page layout gave it, before offsets are assigned.</summary>
internal readonly record struct LaidOutParagraph(string Text, ParagraphRole Role);

/// <summary>
/// Turns an article body into paragraphs with roles. Recognises, in scraped page copies, the section label, headline,
/// byline/outlet-name line, lede and page furniture (prompts anywhere, looser prompts after the last paragraph);
/// trailing paragraphs starting with <c>*</c> become notes. For structured inputs the title becomes the headline and
/// the first paragraph the lede. Paragraph text is cleaned: trimmed, runs of white space and control characters
/// collapsed to one space, zero-width characters removed.
/// </summary>
internal static class PageLayout
{
    public static (List<LaidOutParagraph> Paragraphs, int FurnitureDropped) Lay(Article article)
    {
        var candidates = SplitParagraphs(article.Body ?? "");
        bool page = article.MayContainPageFurniture;
        string? title = article.Title is null ? null : CleanLine(article.Title.AsSpan());
        if (title is { Length: 0 }) title = null;
        int dropped = 0;

        // Trailing furniture and notes, from the end: furniture lines are dropped, '*' notes are kept.
        var drop = new bool[candidates.Count];
        int tail = candidates.Count;
        while (tail > 0)
        {
            var line = candidates[tail - 1];
            if (page ? PageFurniture.IsTrailingPrompt(line) : PageFurniture.IsPrompt(line)) { drop[tail - 1] = true; dropped++; }
            else if (!line.StartsWith('*')) break;
            tail--;
        }
        for (int i = 0; i < tail; i++)
        {
            if (PageFurniture.IsPrompt(candidates[i])) { drop[i] = true; dropped++; }
        }
        var body = new List<string>(candidates.Count);
        var notes = new List<string>();
        for (int i = 0; i < candidates.Count; i++)
        {
            if (drop[i]) continue;
            (i < tail ? body : notes).Add(candidates[i]);
        }

        var result = new List<LaidOutParagraph>(body.Count + notes.Count + 1);
        int index = 0;
        if (page)
        {
            int titleAt = -1;
            for (int k = 0; title is not null && k < Math.Min(3, body.Count); k++)
            {
                if (SameText(body[k], title, article.Outlet)) { titleAt = k; break; }
            }
            if (titleAt >= 0)
            {
                // Whatever stands above the headline (section label, breadcrumbs) is furniture.
                dropped += titleAt;
                index = titleAt;
            }
            else if (body.Count > 2 && PageFurniture.IsSectionLabel(body[0])
                && (title is not null || PageFurniture.LooksLikeHeadline(body[1])))
            {
                index++;
                dropped++;
            }

            bool hasHeadline = titleAt >= 0
                || title is null && body.Count - index >= 3 && PageFurniture.LooksLikeHeadline(body[index]);
            if (hasHeadline)
            {
                result.Add(new LaidOutParagraph(body[index], ParagraphRole.Headline));
                index++;
            }
            else if (title is not null)
            {
                result.Add(new LaidOutParagraph(title, ParagraphRole.Headline));
            }
        }
        else if (title is not null)
        {
            if (body.Count > 0 && SameText(body[0], title, article.Outlet)) index++;
            result.Add(new LaidOutParagraph(title, ParagraphRole.Headline));
        }

        bool ledeSeen = false;
        int bodySeen = 0;
        for (int i = index; i < body.Count; i++)
        {
            var text = body[i];
            // Bylines and outlet-name lines sit near the top, around the lede.
            if (page && bodySeen < 3 && PageFurniture.IsByline(text, article.Outlet ?? ""))
            {
                dropped++;
                continue;
            }
            // A line that is only a name right after a lede sentence, with more text below (the outlet's name as the page
            // shows it, an agency), is furniture too, whatever the outlet is called in the corpus.
            if (page && bodySeen == 1 && i + 1 < body.Count && EndsSentence(result[^1].Text) && PageFurniture.LooksLikeName(text))
            {
                dropped++;
                continue;
            }
            bodySeen++;
            result.Add(new LaidOutParagraph(text, ledeSeen ? ParagraphRole.Body : ParagraphRole.Lede));
            ledeSeen = true;
        }
        foreach (var note in notes)
        {
            result.Add(new LaidOutParagraph(note, ParagraphRole.Note));
        }
        return (result, dropped);
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '’';

    /// <summary>
    /// A body line is the title when both read the same ignoring case, white space, quote and dash styles, and an
    /// " | Outlet" suffix on the title; a title cut short (at 20 characters or more) matches the line it starts.
    /// </summary>
    internal static bool SameText(string line, string? title, string? outlet)
    {
        if (title is null) return false;
        var a = Canonical(line);
        var b = Canonical(title);
        var name = outlet is null ? "" : Canonical(outlet);
        if (name.Length > 0 && b.EndsWith(name, StringComparison.Ordinal) && b.Length > name.Length + 3)
        {
            var rest = b.AsSpan(0, b.Length - name.Length).TrimEnd();
            if (rest.Length > 0 && rest[^1] is '|' or '-' or ':') b = rest[..^1].TrimEnd().ToString();
        }
        if (a == b) return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 20 && shorter.Length * 2 >= longer.Length && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    private static string Canonical(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char raw in s)
        {
            char c = raw switch
            {
                '’' or '‘' or '‚' or '‹' or '›' or '`' => '\'',
                '“' or '”' or '„' or '«' or '»' => '"',
                '—' or '–' or '‑' or '‐' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                continue;
            }
            sb.Append(c);
        }
        // A title cut with an ellipsis matches what it starts.
        while (sb.Length > 0 && sb[^1] is ' ' or '.' or '…') sb.Length--;
        return sb.ToString();
    }

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029\v\f");

    /// <summary>
    /// Blocks are separated by blank lines (or U+2029). Inside a block, each line is a paragraph, unless the block is
    /// hard-wrapped prose, in which case its lines are joined (see <see cref="IsHardWrapped"/>).
    /// Line breaks are \n, \r\n, \r, U+0085, U+2028, vertical tab and form feed.
    /// </summary>
    internal static List<string> SplitParagraphs(string body)
    {
        var paragraphs = new List<string>();
        var block = new List<string>();
        var rest = body.AsSpan();
        while (true)
        {
            int br = rest.IndexOfAny(LineBreaks);
            var line = CleanLine(br < 0 ? rest : rest[..br]);
            if (line.Length == 0) FlushBlock(block, paragraphs);
            else block.Add(line);
            if (br < 0) break;
            char c = rest[br];
            if (c == '\u2029') FlushBlock(block, paragraphs);
            int next = br + 1;
            if (c == '\r' && next < rest.Length && rest[next] == '\n') next++;
            rest = rest[next..];
        }
        FlushBlock(block, paragraphs);
        return paragraphs;
    }

    private static void FlushBlock(List<string> block, List<string> paragraphs)
    {
        if (block.Count == 0) return;
        if (IsHardWrapped(block)) paragraphs.Add(string.Join(' ', block));
        else paragraphs.AddRange(block);
        block.Clear();
    }

    /// <summary>
    /// A block is hard-wrapped prose when its lines are no wider than a typical wrap width (120) and every line but the
    /// last was broken because the next word would not have fitted: it is long (40+ characters, 70% of the widest line)
    /// and, with the next line's first word, would exceed the widest line (a few characters of slack).
    /// A headline over a lede, or a list of short link lines, is not.
    /// </summary>
    internal static bool IsHardWrapped(List<string> block)
    {
        if (block.Count < 2) return false;
        int width = 0;
        foreach (var line in block) width = Math.Max(width, line.Length);
        if (width > 120) return false;
        for (int i = 0; i < block.Count - 1; i++)
        {
            var line = block[i];
            if (line.Length < 40 || line.Length * 10 < width * 7) return false;
            var next = block[i + 1];
            int firstWord = next.IndexOf(' ');
            if (firstWord < 0) firstWord = next.Length;
            if (line.Length + 1 + firstWord + 6 <= width) return false;
        }
        return true;
    }

    /// <summary>
    /// Trims a line, collapses runs of white space and control characters into one space (except a C1 control that is a
    /// garbled byte of an accented letter, kept inside its word: <see cref="Tokenizer.IsMojibakeContinuation"/>), drops zero-width
    /// characters (ZWSP, word joiner, BOM) and reads a pair of apostrophes or backticks as the double quotation mark it
    /// stands for in typewriter-style archives (''Not now,'' she said; ``Not now''). Returns the same text without
    /// allocating when nothing changes.
    /// </summary>
    internal static string CleanLine(ReadOnlySpan<char> line)
    {
        bool clean = true;
        for (int i = 0; i < line.Length && clean; i++)
        {
            char c = line[i];
            if (IsPlainVisibleAscii(c)) continue; // most characters: none of the tests below can fail for them
            if (c == ' ') clean = i > 0 && i < line.Length - 1 && line[i - 1] != ' ';
            else if (Tokenizer.IsMojibakeContinuation(line, i)) continue;
            else if (c < ' ' || char.IsWhiteSpace(c) || char.IsControl(c) || IsInvisible(c)) clean = false;
            else if (IsDoubledQuote(line, i)) clean = false;
        }
        if (clean) return line.ToString();

        var sb = new StringBuilder(line.Length);
        bool pendingSpace = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (IsInvisible(c)) continue;
            if (IsDoubledQuote(line, i))
            {
                c = '"';
                i++;
            }
            if ((char.IsWhiteSpace(c) || char.IsControl(c)) && !Tokenizer.IsMojibakeContinuation(line, i))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsInvisible(char c) => c is '\u200B' or '\u2060' or '\uFEFF';

    /// <summary>A printable ASCII character other than space, apostrophe and backtick (which may start a doubled quote).</summary>
    private static bool IsPlainVisibleAscii(char c) => c is > ' ' and < '\u007F' and not '\'' and not '`';

    /// <summary>Two apostrophes or two backticks at <paramref name="i"/>: a typewriter double quotation mark.</summary>
    internal static bool IsDoubledQuote(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && text[i] is '\'' or '`' && text[i + 1] == text[i];
}
