namespace FramingAnalyzer.Statistics;

/// <summary>
/// How much of the corpus's shared news one outlet covered: of the stories two or more outlets covered, how many it
/// covered; and its blind spots, the stories every other outlet covered but it did not (only with three outlets or
/// more), largest first (by the other outlets' articles on them).
/// </summary>
public sealed record OutletCoverage(string Outlet, int MultiOutletStories, int Covered, IReadOnlyList<CoveredStory> BlindSpots)
{
    public double CoveredShare => MultiOutletStories == 0 ? double.NaN : (double)Covered / MultiOutletStories;
}
