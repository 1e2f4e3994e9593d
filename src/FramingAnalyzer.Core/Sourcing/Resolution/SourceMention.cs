using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// A mention of a source in the text: its head (the naming phrase), the whole phrase with apposition, text around the
/// cue that may qualify it (e.g. "on condition of anonymity"), and its sentence. Attribution sources and named people
/// or bodies in the narrative are both mentions. <paramref name="Apposition"/> is an apposition outside the phrase that
/// describes the source (see <see cref="FramingAnalyzer.Model.Attribution.SourceApposition"/>); empty when there is none.
/// </summary>
public sealed record SourceMention(TextSpan Head, TextSpan Phrase, TextSpan Qualifier, int SentenceIndex, TextSpan Apposition = default);
