namespace FramingAnalyzer.Model;

/// <summary>
/// A quotation: <see cref="Content"/> is the text between the marks (may span sentences and paragraphs).
/// <see cref="Closed"/> is false when the quote ran to the end of a paragraph without a closing mark
/// (the news convention for a quotation that continues in the next paragraph), and <see cref="ContinuesPrevious"/>
/// is true when this quote reopens one left open by the previous paragraph.
/// </summary>
public sealed record QuoteSpan(int Index, TextSpan Content, int FirstParagraph, int LastParagraph, bool Closed, bool ContinuesPrevious);
