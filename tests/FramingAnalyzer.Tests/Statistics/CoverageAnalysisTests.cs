using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Statistics;
using FramingAnalyzer.Tests.Aggregation;

namespace FramingAnalyzer.Tests.Statistics;

public sealed class CoverageAnalysisTests
{
    [Fact]
    public void Blind_spots_are_the_stories_every_other_outlet_covered()
    {
        var schema = ScoredArticles.Schema();
        using var aggregate = new Aggregator(schema);
        void Add(string id, string outlet, string story) =>
            aggregate.Add(ScoredArticles.Make(schema, id, outlet, m => m.Set(ScoredArticles.Words, 100), story: story));
        Add("1", "A", "flood"); Add("2", "B", "flood"); Add("3", "B", "flood"); // C missed the flood
        Add("4", "A", "vote"); Add("5", "B", "vote"); Add("6", "C", "vote");
        Add("7", "C", "fair");                                              // one outlet only: not shared
        Add("8", "A", "strike"); Add("9", "C", "strike");                   // B missed the strike
        var (stories, outlets) = CoverageAnalysis.Compute(aggregate);
        Assert.Equal(["fair", "flood", "strike", "vote"], stories.Select(s => s.Story));
        Assert.Equal([("A", 1L), ("B", 2L)], stories[1].Outlets.Select(o => (o.Key, o.Value)));
        var byOutlet = outlets.ToDictionary(o => o.Outlet);
        Assert.Equal((3, 3, 0), (byOutlet["A"].MultiOutletStories, byOutlet["A"].Covered, byOutlet["A"].BlindSpots.Count));
        Assert.Equal(["strike"], byOutlet["B"].BlindSpots.Select(s => s.Story));
        Assert.Equal(["flood"], byOutlet["C"].BlindSpots.Select(s => s.Story));
        Assert.Equal(2.0 / 3, byOutlet["C"].CoveredShare, 9);
    }
}
