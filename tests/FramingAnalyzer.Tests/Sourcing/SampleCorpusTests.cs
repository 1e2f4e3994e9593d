using FramingAnalyzer.Analysis;
using FramingAnalyzer.Model;
using FramingAnalyzer.Resources;
using FramingAnalyzer.Sourcing;
using FramingAnalyzer.Text;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// The sample corpus was written so that outlets differ in whom they quote and how; the analyzer must show those
/// differences (pooled shares per outlet, computed here, not hard-coded).
/// </summary>
public class SampleCorpusTests
{
    private static readonly Lazy<SourcingAnalyzer> Analyzer = new(() => new SourcingAnalyzer(SourcingKit.ShippedLexicons, null, null));
    private static readonly Lazy<ScoreSchema> Schema = new(() => new ScoreSchema([Analyzer.Value]));
    private static readonly Lazy<Dictionary<string, (double[] Numerators, double[] Denominators)>> Pooled = new(Compute);

    private static double Share(string outlet, string metric)
    {
        int i = Schema.Value.IndexOf(metric);
        var (numerators, denominators) = Pooled.Value[outlet];
        Assert.True(denominators[i] > 0, $"{outlet} has no denominator for {metric}");
        return numerators[i] / denominators[i];
    }

    private static Dictionary<string, (double[], double[])> Compute()
    {
        var pooled = new Dictionary<string, (double[], double[])>();
        int metrics = Schema.Value.Metrics.Count;
        foreach (var directory in Directory.GetDirectories(Path.Combine(ToolData.RepositoryRoot!, "corpora", "sample")).Where(d => !Path.GetFileName(d).StartsWith('.')))
        {
            var outlet = Path.GetFileName(directory);
            var sums = (new double[metrics], new double[metrics]);
            foreach (var file in Directory.GetFiles(directory, "*.txt"))
            {
                var document = DocumentBuilder.Build(new Article
                {
                    Id = file, Outlet = outlet, Body = WithoutFrontMatter(File.ReadAllText(file)), Origin = file, MayContainPageFurniture = true,
                });
                var analysis = new ArticleAnalysis(document, Schema.Value);
                Analyzer.Value.Analyze(analysis, new MetricWriter(analysis.Scores, 0), new SentenceCellWriter(analysis.SentenceCells, 0));
                for (int m = 0; m < metrics; m++)
                {
                    sums.Item1[m] += analysis.Scores.Numerators[m];
                    sums.Item2[m] += analysis.Scores.Denominators[m];
                }
            }
            pooled[outlet] = sums;
        }
        return pooled;
    }

    private static string WithoutFrontMatter(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal)) return text;
        int close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return close < 0 ? text : text[(text.IndexOf('\n', close + 1) + 1)..];
    }

    [Fact]
    public void State_aligned_outlet_quotes_more_officials_than_the_exile_site()
    {
        Assert.True(Share("Karvania Today", "source_official_share") > Share("Free Valley Voice", "source_official_share"));
        Assert.True(Share("Karvania Today", "source_official_share") > Share("Meridian Wire", "source_official_share"));
    }

    [Fact]
    public void Exile_site_uses_more_anonymous_sources_than_the_wire()
    {
        Assert.True(Share("Free Valley Voice", "anonymous_share") > Share("Meridian Wire", "anonymous_share"));
    }

    [Fact]
    public void State_aligned_outlet_uses_more_distancing_verbs_than_the_wire()
    {
        Assert.True(Share("Karvania Today", "stance_distancing_share") > Share("Meridian Wire", "stance_distancing_share"));
    }

    [Fact]
    public void Exile_site_quotes_more_citizens_than_the_state_aligned_outlet()
    {
        Assert.True(Share("Free Valley Voice", "source_citizen_share") > Share("Karvania Today", "source_citizen_share"));
    }

    [Fact]
    public void Wire_attributes_more_and_claims_less_than_the_tabloid()
    {
        Assert.True(Share("Meridian Wire", "attributed_sentence_share") > Share("The Daily Flash", "attributed_sentence_share"));
        Assert.True(Share("The Daily Flash", "unattributed_claim_share") > Share("Meridian Wire", "unattributed_claim_share"));
    }
}
