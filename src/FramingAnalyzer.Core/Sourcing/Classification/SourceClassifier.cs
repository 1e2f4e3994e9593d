using FramingAnalyzer.Learning;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Sourcing;

/// <summary>
/// Classifies each distinct source from its first full mention. Type, in order:
/// (1) the actor lexicon, when the head names an actor (or a spokesperson speaks for one: "a spokesman for the
/// Interior Ministry"); (2) role words from the role lexicon in the head, longest match, rightmost on ties;
/// (3) the same two in the apposition ("Jan Kowal, a retired general"; not in a relative clause); (4) an actor anywhere
/// in the phrase; (5) role words anywhere in the head phrase ("residents of nearby villages"); (6) the source-type model (one batched call per article: the source
/// phrase as text, its sentence as context), when there is one; (7) unknown.
/// Affiliation is the matched actor's, else that of any actor in the phrase, else unknown.
/// Anonymous as <see cref="AnonymityRule"/> says, read on the same mention.
/// </summary>
public sealed class SourceClassifier
{
    private readonly SourcingResources _resources;
    private readonly ITextClassifier? _model;
    private readonly SourceResolver _resolver;
    private readonly AnonymityRule _anonymity;

    public SourceClassifier(SourcingResources resources, ITextClassifier? sourceTypeModel)
    {
        _resources = resources;
        _model = sourceTypeModel;
        _resolver = new SourceResolver(resources.Actors, resources.Anonymous);
        _anonymity = new AnonymityRule(resources.Anonymous);
    }

    public IReadOnlyList<SourceClass> Classify(DocumentText text, IReadOnlyList<SourceEntity> entities)
    {
        var result = new SourceClass[entities.Count];
        var pending = new List<int>();
        for (int i = 0; i < entities.Count; i++)
        {
            var parts = MentionParts.Of(text, entities[i].Representative);
            bool anonymous = _anonymity.IsAnonymous(text, parts);
            var (type, affiliation, basis) = ByRules(text, entities[i], parts);
            if (type is null) pending.Add(i);
            result[i] = new SourceClass(type ?? SourceTypes.Unknown, affiliation, anonymous, basis);
        }
        if (pending.Count > 0 && _model is not null)
        {
            var document = text.Document;
            var inputs = pending.Select(i =>
            {
                var mention = entities[i].Representative;
                return new ClassifierInput(document.Slice(mention.Phrase), document.Slice(document.Sentences[mention.SentenceIndex].Span));
            }).ToList();
            var predictions = _model.Predict(inputs);
            for (int k = 0; k < pending.Count && k < predictions.Length; k++)
            {
                var label = predictions[k].Label;
                if (SourceTypes.IsKnown(label)) result[pending[k]] = result[pending[k]] with { Type = label, Basis = "model" };
            }
        }
        return result;
    }

    private (string? Type, string Affiliation, string Basis) ByRules(DocumentText text, SourceEntity entity, MentionParts parts)
    {
        var tokens = text.Document.Tokens;
        var norm = text.Normalised;
        var actor = entity.Actor
            ?? _resolver.ActorOf(text, parts.HeadStart, parts.HeadNounEnd, parts.HeadEnd);
        if (actor is not null) return (actor.SourceType, actor.Affiliation, "actor");
        var anywhere = _resources.Actors.Longest(norm, tokens, parts.HeadStart, parts.HeadEnd)?.Value
            ?? (parts.HasApposition ? _resources.Actors.Longest(norm, tokens, parts.AppositionStart, parts.AppositionEnd)?.Value : null);
        string affiliation = anywhere?.Affiliation ?? SourceClass.UnknownAffiliation;

        var role = _resources.Roles.Longest(norm, tokens, parts.HeadStart, parts.HeadNounEnd);
        if (role is { } r) return (r.Value, affiliation, "role");
        if (parts.HasApposition)
        {
            var appositionActor = _resolver.ActorOf(text, parts.AppositionStart, parts.AppositionNounEnd, parts.AppositionFirstEnd);
            if (appositionActor is not null) return (appositionActor.SourceType, appositionActor.Affiliation, "actor");
            var appositionRole = _resources.Roles.Longest(norm, tokens, parts.AppositionStart, parts.AppositionNounEnd);
            if (appositionRole is { } ar) return (ar.Value, affiliation, "role");
        }
        if (anywhere is not null) return (anywhere.SourceType, anywhere.Affiliation, "actor");
        var anyRole = _resources.Roles.Longest(norm, tokens, parts.HeadStart, parts.HeadEnd);
        if (anyRole is { } any) return (any.Value, affiliation, "role");
        return (null, affiliation, "none");
    }
}
