namespace FramingAnalyzer.Model;

public sealed record Paragraph(int Index, TextSpan Span, ParagraphRole Role);
