namespace FramingAnalyzer.Model;

/// <summary>The part of the article a paragraph plays. Notes are kept but excluded from scores.</summary>
public enum ParagraphRole
{
    Headline,
    Lede,
    Body,
    Note,
}

public static class ParagraphRoleNames
{
    public static string ToName(this ParagraphRole role) => role switch
    {
        ParagraphRole.Headline => "headline",
        ParagraphRole.Lede => "lede",
        ParagraphRole.Body => "body",
        _ => "note",
    };
}
