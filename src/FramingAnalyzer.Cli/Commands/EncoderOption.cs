using System.CommandLine;
using FramingAnalyzer.Encoders;

namespace FramingAnalyzer.Cli.Commands;

/// <summary>The <c>--encoder static|contextual|none</c> option shared by analyze-like commands and train.</summary>
internal static class EncoderOption
{
    public static Option<EncoderTier> Create(string description) => new("--encoder")
    {
        Description = description,
        DefaultValueFactory = _ => EncoderTier.Static,
    };
}
