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

/// <summary>The <c>--vectors FILE</c> option: a vectors file made with <c>framing distill</c> instead of the shipped one.</summary>
internal static class VectorsOption
{
    public static Option<string?> Create() => new("--vectors")
    {
        Description = "The encoder's vectors file made with 'framing distill', instead of the shipped one (models must have been trained with it).",
    };
}
