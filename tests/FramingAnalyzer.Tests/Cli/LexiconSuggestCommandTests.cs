namespace FramingAnalyzer.Tests.Cli;

/// <summary><c>framing lexicon suggest</c>: candidate loaded terms near a lexicon's terms, listed for review only.</summary>
public sealed class LexiconSuggestCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("framing-suggest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Lexicon(string rows)
    {
        var path = Path.Combine(_dir, "terms.csv");
        File.WriteAllText(path, "pattern,category,weight\n" + rows);
        return path;
    }

    [Fact]
    public void Lists_the_nearest_words_not_already_in_the_lexicon_with_the_term_they_are_near()
    {
        var lexicon = Lexicon("slammed,emotive,1.5\nregime,labelling,2.0\nflip-flop,delegitimising,1.5\n");
        var run = CliRun.Of("lexicon", "suggest", "--lexicon", lexicon, "--top", "10");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Trim().Split('\n');
        Assert.Equal("candidate,nearest_term,category,similarity", lines[0]);
        Assert.Equal(11, lines.Length);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Contains(rows, r => r[0] == "dictatorship" && r[1] == "regime" && r[2] == "labelling");
        Assert.DoesNotContain(rows, r => r[0] is "slammed" or "regime" or "regimes" or "flip" or "flop");
        var similarities = rows.Select(r => double.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(similarities.OrderByDescending(s => s), similarities);
    }

    [Fact]
    public void Writes_to_a_file_and_changes_no_lexicon()
    {
        var lexicon = Lexicon("slammed,emotive,1.5\n");
        var before = File.ReadAllText(lexicon);
        var output = Path.Combine(_dir, "candidates.csv");
        var run = CliRun.Of("lexicon", "suggest", "--lexicon", lexicon, "--top", "5", "--out", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(6, File.ReadAllLines(output).Length);
        Assert.Contains("review them", run.Output);
        Assert.Equal(before, File.ReadAllText(lexicon));
    }

    [Fact]
    public void A_missing_lexicon_is_a_usage_error_naming_the_file()
    {
        var run = CliRun.Of("lexicon", "suggest", "--lexicon", Path.Combine(_dir, "nope.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.csv", run.Error);
    }
}
