using FramingAnalyzer.Model;

namespace FramingAnalyzer.Tests.Text;

/// <summary>
/// The structural contract of a <see cref="Document"/>: every span lies within the text, tokens are ordered and disjoint
/// and cover every visible character of their paragraph, sentences partition the tokens in order within their paragraph,
/// quotations are ordered, disjoint and mark exactly the tokens inside them, roles come in page order.
/// Throws (xunit assertion) on the first violation.
/// </summary>
internal static class TextModelInvariants
{
    public static void AssertWellFormed(Document doc)
    {
        var text = doc.Text;
        Assert.True(doc.FurnitureLinesDropped >= 0, "furniture count is negative");

        // Paragraphs: ordered, disjoint, non-empty, trimmed, one line each.
        int previousEnd = 0;
        for (int p = 0; p < doc.Paragraphs.Count; p++)
        {
            var paragraph = doc.Paragraphs[p];
            Assert.Equal(p, paragraph.Index);
            AssertWithin(paragraph.Span, text, $"paragraph {p}");
            That(paragraph.Span.Length > 0, () => $"paragraph {p} is empty");
            That(paragraph.Span.Start >= previousEnd, () => $"paragraph {p} overlaps the previous one");
            previousEnd = paragraph.Span.End;
            var slice = doc.Slice(paragraph.Span);
            That(!(char.IsWhiteSpace(slice[0]) || char.IsWhiteSpace(slice[^1])), () => $"paragraph {p} is not trimmed");
            Assert.DoesNotContain('\n', slice);
        }

        // Paragraph roles: the headline first, then the lede, notes last.
        var roles = doc.Paragraphs.Select(p => p.Role).ToList();
        Assert.True(roles.Count(r => r == ParagraphRole.Headline) <= 1, "more than one headline");
        Assert.True(roles.IndexOf(ParagraphRole.Headline) <= 0, "headline is not the first paragraph");
        Assert.True(roles.Count(r => r == ParagraphRole.Lede) <= 1, "more than one lede");
        int lede = roles.IndexOf(ParagraphRole.Lede);
        Assert.True(lede < 0 || roles.Take(lede).All(r => r == ParagraphRole.Headline), "lede is not the first body paragraph");
        int firstNote = roles.IndexOf(ParagraphRole.Note);
        Assert.True(firstNote < 0 || roles.Skip(firstNote).All(r => r == ParagraphRole.Note), "a note is followed by a non-note");

        // Tokens: ordered, disjoint, non-empty, within bounds and within a paragraph; no surrogate pair split.
        var tokens = doc.Tokens;
        int paragraphIndex = 0;
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            That(token.Start < token.End, () => $"token {t} is empty");
            That(token.Start >= 0 && token.End <= text.Length, () => $"token {t} is outside the text");
            if (t > 0) That(tokens[t - 1].End <= token.Start, () => $"token {t} overlaps or precedes token {t - 1}");
            while (paragraphIndex < doc.Paragraphs.Count && doc.Paragraphs[paragraphIndex].Span.End <= token.Start) paragraphIndex++;
            That(paragraphIndex < doc.Paragraphs.Count && doc.Paragraphs[paragraphIndex].Span.Start <= token.Start
                && token.End <= doc.Paragraphs[paragraphIndex].Span.End, () => $"token {t} is not inside one paragraph");
            That(!(char.IsLowSurrogate(text[token.Start]) && token.Start > 0 && char.IsHighSurrogate(text[token.Start - 1])),
                () => $"token {t} starts inside a surrogate pair");
            That(!(char.IsHighSurrogate(text[token.End - 1]) && token.End < text.Length && char.IsLowSurrogate(text[token.End])),
                () => $"token {t} ends inside a surrogate pair");
            if (token.Kind == TokenKind.QuoteMark) That(!token.InQuote, () => $"quote mark token {t} is marked as quoted");
        }

        // Every visible character of a paragraph belongs to a token.
        int cursor = 0;
        foreach (var paragraph in doc.Paragraphs)
        {
            for (int i = paragraph.Span.Start; i < paragraph.Span.End; i++)
            {
                if (char.IsWhiteSpace(text[i])) continue;
                while (cursor < tokens.Length && tokens[cursor].End <= i) cursor++;
                That(cursor < tokens.Length && tokens[cursor].Start <= i,
                    () => $"character U+{(int)text[i]:X4} at {i} belongs to no token");
            }
        }

        // Sentences: consecutive token ranges covering every token once, in order, each inside its paragraph.
        int nextToken = 0;
        int lastParagraph = 0;
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            Assert.Equal(s, sentence.Index);
            Assert.Equal(nextToken, sentence.FirstToken);
            That(sentence.TokenCount > 0, () => $"sentence {s} has no tokens");
            nextToken += sentence.TokenCount;
            That(nextToken <= tokens.Length, () => $"sentence {s} runs past the last token");
            That(sentence.ParagraphIndex >= lastParagraph && sentence.ParagraphIndex < doc.Paragraphs.Count,
                () => $"sentence {s} is in paragraph {sentence.ParagraphIndex}, out of order");
            lastParagraph = sentence.ParagraphIndex;
            var paragraph = doc.Paragraphs[sentence.ParagraphIndex];
            Assert.Equal(paragraph.Role, sentence.Role);
            Assert.Equal(new TextSpan(tokens[sentence.FirstToken].Start, tokens[nextToken - 1].End), sentence.Span);
            That(paragraph.Span.Start <= sentence.Span.Start && sentence.Span.End <= paragraph.Span.End,
                () => $"sentence {s} {sentence.Span} is outside its paragraph {paragraph.Span}");
            var sentenceTokens = doc.SentenceTokens(sentence);
            int words = 0, quoted = 0;
            foreach (var token in sentenceTokens)
            {
                if (token.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
                words++;
                if (token.InQuote) quoted++;
            }
            Assert.Equal(words, sentence.WordCount);
            Assert.Equal(words == 0 ? 0 : (double)quoted / words, sentence.QuotedWordShare, 9);
        }
        Assert.Equal(tokens.Length, nextToken);

        // Quotations: ordered, disjoint, non-empty, trimmed, inside their paragraph.
        for (int q = 0; q < doc.Quotes.Count; q++)
        {
            var quote = doc.Quotes[q];
            Assert.Equal(q, quote.Index);
            AssertWithin(quote.Content, text, $"quote {q}");
            That(quote.Content.Length > 0, () => $"quote {q} is empty");
            if (q > 0) That(doc.Quotes[q - 1].Content.End <= quote.Content.Start, () => $"quote {q} overlaps quote {q - 1}");
            That(quote.FirstParagraph <= quote.LastParagraph && quote.LastParagraph < doc.Paragraphs.Count, () => $"quote {q} paragraphs");
            var first = doc.Paragraphs[quote.FirstParagraph].Span;
            var last = doc.Paragraphs[quote.LastParagraph].Span;
            That(first.Start <= quote.Content.Start && quote.Content.End <= last.End, () => $"quote {q} is outside its paragraphs");
            That(!(char.IsWhiteSpace(text[quote.Content.Start]) || char.IsWhiteSpace(text[quote.Content.End - 1])), () => $"quote {q} is not trimmed");
            if (!quote.Closed) Assert.Equal(last.End, quote.Content.End);
            if (quote.ContinuesPrevious)
            {
                That(q > 0 && !doc.Quotes[q - 1].Closed && doc.Quotes[q - 1].LastParagraph == quote.FirstParagraph - 1,
                    () => $"quote {q} continues a quotation the previous paragraph did not leave open");
            }
        }

        // A token is marked as quoted exactly when it is no quote mark and starts inside a quotation.
        int quoteCursor = 0;
        for (int t = 0; t < tokens.Length; t++)
        {
            while (quoteCursor < doc.Quotes.Count && doc.Quotes[quoteCursor].Content.End <= tokens[t].Start) quoteCursor++;
            bool inQuote = quoteCursor < doc.Quotes.Count && doc.Quotes[quoteCursor].Content.Contains(tokens[t].Start);
            if (t % 64 == 0) Assert.Equal(inQuote, doc.IsInQuote(tokens[t].Start));
            bool inside = tokens[t].Kind != TokenKind.QuoteMark && inQuote;
            That(inside == tokens[t].InQuote, () => $"token {t} '{doc.TokenText(tokens[t])}' InQuote={tokens[t].InQuote}, expected {inside}");
        }
    }

    /// <summary>Building the same article twice gives identical documents.</summary>
    public static void AssertSame(Document a, Document b)
    {
        Assert.Equal(a.Text, b.Text);
        Assert.Equal(a.Paragraphs, b.Paragraphs);
        Assert.Equal(a.Sentences, b.Sentences);
        Assert.Equal(a.Tokens, b.Tokens);
        Assert.Equal(a.Quotes, b.Quotes);
        Assert.Equal(a.FurnitureLinesDropped, b.FurnitureLinesDropped);
    }

    /// <summary>Like Assert.True, but builds its message only on failure (the checks run per character of long texts).</summary>
    private static void That(bool ok, Func<string> message)
    {
        if (!ok) Assert.Fail(message());
    }

    private static void AssertWithin(TextSpan span, string text, string what) =>
        That(span.Start >= 0 && span.Start <= span.End && span.End <= text.Length, () => $"{what} {span} is outside the text (length {text.Length})");
}
