using FramingAnalyzer.Analysis;
using FramingAnalyzer.Learning;
using FramingAnalyzer.Model;
using FramingAnalyzer.Resources;
using FramingAnalyzer.Sourcing;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>Shared fixtures: the shipped lexicons, small lexicons written here, documents from paragraphs, and a fake model.</summary>
internal static class SourcingKit
{
    private static readonly Lazy<SourcingResources> ShippedValue = new(() => SourcingResources.Load(
        ToolData.Lexicon("reporting_verbs.csv"), [SampleActors, ToolData.Lexicon("actors.csv")], ToolData.Lexicon("source_roles.csv"), ToolData.Lexicon("anonymous_markers.csv")));

    /// <summary>The sample corpus's own actors (its invented country's people and bodies), as an analysis of the sample reads them.</summary>
    public static string SampleActors => Path.Combine(ToolData.SampleCorpus, FramingAnalyzer.Pipeline.CorpusActors.Folder, FramingAnalyzer.Pipeline.CorpusActors.FileName);

    private static readonly Lazy<SourcingResources> Fictional = new(() =>
    {
        var actors = WriteTemp("actors.csv", """
            pattern,canonical,affiliation,source_type
            harbour board,Harbour Board,government,official
            the harbour board,Harbour Board,government,official
            mara lind,Mara Lind,opposition,political
            lind,Mara Lind,opposition,political
            port workers' union,Port Workers' Union,civil_society,ngo_intl
            """);
        return SourcingResources.Load(ToolData.Lexicon("reporting_verbs.csv"), actors, ToolData.Lexicon("source_roles.csv"), ToolData.Lexicon("anonymous_markers.csv"));
    });

    /// <summary>The lexicons shipped in corpora/lexicons, with the sample corpus's own actors added (as when the sample is analysed).</summary>
    public static SourcingResources ShippedLexicons => ShippedValue.Value;

    /// <summary>The shipped verbs, roles and markers with a small actor list written here.</summary>
    public static SourcingResources FictionalActors => Fictional.Value;

    public static Document Doc(params string[] paragraphs) =>
        DocumentBuilder.Build(new Article { Id = "test", Outlet = "Test Outlet", Body = string.Join("\n\n", paragraphs), Origin = "test" });

    public static IReadOnlyList<Attribution> Extract(Document document) => new AttributionExtractor(ShippedLexicons.Verbs).Extract(document);

    public static Attribution Single(Document document)
    {
        var found = Extract(document);
        Assert.True(found.Count == 1, $"expected one attribution, found {found.Count}: {string.Join(" | ", found.Select(a => $"{document.Slice(a.Source)} / {document.Slice(a.Cue)} / {document.Slice(a.Content)}"))}");
        return found[0];
    }

    /// <summary>Runs the analyzer alone over a document; returns the analysis with its scores and cells.</summary>
    public static (ArticleAnalysis Analysis, ScoreSchema Schema) Analyze(SourcingAnalyzer analyzer, Document document)
    {
        var schema = new ScoreSchema([analyzer]);
        var analysis = new ArticleAnalysis(document, schema);
        analyzer.Analyze(analysis, new MetricWriter(analysis.Scores, 0), new SentenceCellWriter(analysis.SentenceCells, 0));
        return (analysis, schema);
    }

    /// <summary>Asserts that a one-paragraph text has one attribution, with this source, cue and content.</summary>
    public static void AssertOnlyRelation(string text, string source, string cue, string content)
    {
        var document = Doc(text);
        var found = Single(document);
        Assert.Equal((source, cue, content), (document.Slice(found.Source), document.Slice(found.Cue), document.Slice(found.Content)));
    }

    /// <summary>The attributions the analyzer with the shipped lexicons finds and types in an article of these paragraphs,
    /// with the article's text.</summary>
    public static (IReadOnlyList<Attribution> Attributions, string Text) Read(params string[] paragraphs)
    {
        var document = Doc(paragraphs);
        return (Analyze(new SourcingAnalyzer(ShippedLexicons, null, null), document).Analysis.Attributions, document.Text);
    }

    /// <summary>The last attribution whose source phrase is <paramref name="source"/>.</summary>
    public static Attribution Saying((IReadOnlyList<Attribution> Attributions, string Text) read, string source) =>
        read.Attributions.Last(a => read.Text[a.Source.Start..a.Source.End] == source);

    /// <summary>The type the shipped lexicons and models give the one attribution of the text whose source span reads <paramref name="source"/>.</summary>
    public static string TypeOfSource(string text, string source)
    {
        var document = Doc(text);
        var (analysis, _) = Analyze(new SourcingAnalyzer(ShippedLexicons, null, null), document);
        var found = analysis.Attributions.Where(a => document.Slice(a.Source) == source).ToList();
        Assert.True(found.Count == 1, $"sources: {string.Join(" | ", analysis.Attributions.Select(a => document.Slice(a.Source)))}");
        return found[0].SourceType;
    }

    /// <summary>The one attribution that the analyzer with the shipped lexicons finds and types in a one-paragraph text.</summary>
    public static Attribution OnlyTyped(string text) =>
        Assert.Single(Analyze(new SourcingAnalyzer(ShippedLexicons, null, null), Doc(text)).Analysis.Attributions);

    /// <summary>Asserts a relation's spans by their text; offsets are checked by where that text is in the document.</summary>
    public static void AssertRelation(Document document, Attribution found, string source, string cue, string lemma, string content, string quoteKind)
    {
        Assert.Equal(source, document.Slice(found.Source));
        Assert.Equal(cue, document.Slice(found.Cue));
        Assert.Equal(lemma, found.CueLemma);
        Assert.Equal(content, document.Slice(found.Content));
        Assert.Equal(quoteKind, found.QuoteKind);
        Assert.Equal(document.Text.IndexOf(source, StringComparison.Ordinal), found.Source.Start);
        Assert.Equal(source.Length, found.Source.Length);
        Assert.Equal(content.Length, found.Content.Length);
    }

    public static string WriteTemp(string name, string content)
    {
        var directory = Path.Combine(Path.GetTempPath(), "framing-sourcing-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content.Replace("\r\n", "\n") + "\n");
        return path;
    }
}

/// <summary>A model that answers from a function and records how it was called.</summary>
internal sealed class FakeClassifier(string task, Func<ClassifierInput, string> label, float probability = 0.9f, Func<ClassifierInput, float>? probabilityOf = null) : ITextClassifier
{
    public string Task { get; } = task;
    public IReadOnlyList<string> Labels { get; } = [];
    public int Calls { get; private set; }
    public List<ClassifierInput> Inputs { get; } = [];

    public ClassifierPrediction[] Predict(IReadOnlyList<ClassifierInput> inputs)
    {
        lock (Inputs)
        {
            Calls++;
            Inputs.AddRange(inputs);
        }
        return inputs.Select(i => new ClassifierPrediction(label(i), probabilityOf?.Invoke(i) ?? probability)).ToArray();
    }
}
