using System.Text.Json;
using FramingAnalyzer.Encoders;
using FramingAnalyzer.Input;
using FramingAnalyzer.Model;
using FramingAnalyzer.Resources;
using FramingAnalyzer.Stories;

namespace FramingAnalyzer.Tests.Stories;

/// <summary>
/// The two corpora story matching is measured on, read once: corpora/sample (its written story keys are the truth) and
/// corpora/stories/labelled_stories.jsonl (its <c>gold_story</c> field, which no reader takes for a story key).
/// </summary>
internal static class LabelledStories
{
    public static readonly string LabelledPath = Path.Combine(ToolData.DataDirectory, "stories", "labelled_stories.jsonl");

    public static readonly Lazy<(List<ReadItem> Items, string[] Truth)> Sample = new(() =>
    {
        var items = InputCatalog.Read([ToolData.SampleCorpus], new ReaderOptions()).ToList();
        // The matcher must not see the keys: remove them, keep them as the truth.
        var truth = items.Select(i => i.Article!.Story!).ToArray();
        return ([.. items.Select(i => ReadItem.Of(i.Article! with { Story = null }))], truth);
    });

    public static readonly Lazy<(List<ReadItem> Items, string[] Truth)> Labelled = new(() =>
    {
        var gold = File.ReadLines(LabelledPath).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("gold_story").GetString()!);
        var items = InputCatalog.Read([LabelledPath], new ReaderOptions()).ToList();
        Assert.All(items, i => Assert.Null(i.Article!.Story));
        return (items, items.Select(i => gold[i.Article!.Id]).ToArray());
    });

    public static ITextEncoder Encoder => EncoderCatalog.Table(EncoderCatalog.ShippedVectorsPath);

    public static ClusteringAgreement Agreement((List<ReadItem> Items, string[] Truth) corpus, StoryMatchingOptions? options = null)
    {
        var table = new StoryMatcher(Encoder, options).Match(corpus.Items);
        var predicted = corpus.Items.Select(i => table.StoryOf(i.Article!.Id)!).ToArray();
        return ClusteringAgreement.Of(corpus.Truth, predicted);
    }
}
