using System.Text.Json;
using FramingAnalyzer.Tests.Input;

namespace FramingAnalyzer.Tests.Cli;

/// <summary>
/// <c>framing analyze --stories auto</c> end to end: a NELA-GT-style JSON Lines archive (no story key) gets stories and a
/// story-matched table; story ids do not depend on threads or shards.
/// </summary>
public sealed class StoryMatchingRunTests
{
    private static readonly (string Outlet, string Event, string Date, string Title, string Content)[] Records =
    [
        ("harbourtimes.example", "ferry", "2026-04-07 08:10:00", "Ferry runs aground off Skerry Point with 210 passengers aboard",
            "The passenger ferry Nordlys ran aground off Skerry Point early on Tuesday with 210 people on board, the coast guard said.\n\n\"All passengers are safe and are being taken ashore by lifeboat,\" coast guard spokeswoman Maren Sund said.\n\nThe operator, Fjordline Ferries, said it was investigating the cause."),
        ("islandpost.example", "ferry", "2026-04-07 11:45:00", "Panic as Nordlys ferry hits rocks near Skerry Point",
            "Terrified passengers pulled on life jackets after the Nordlys ferry struck rocks near Skerry Point, leaving 210 people stranded at sea.\n\n\"We heard a terrible bang and the whole ship shook,\" said one passenger, who asked not to be named.\n\nCritics claimed the route had been unsafe for years."),
        ("coastradio.example", "ferry", "2026-04-08 07:00:00", "Nordlys ferry aground at Skerry Point: passengers brought ashore",
            "All 210 passengers of the ferry Nordlys, which ran aground at Skerry Point, have been brought ashore, the coast guard says.\n\nFjordline Ferries said the vessel would be towed to port once the tide rose, according to a statement.\n\nInvestigators from the maritime authority are on their way."),
        ("harbourtimes.example", "budget", "2026-04-07 15:00:00", "City council passes 2027 budget with cuts to library hours",
            "The city council approved the 2027 budget on Tuesday by 27 votes to 22, cutting opening hours at four branch libraries, officials said.\n\n\"These are hard choices in a hard year,\" finance councillor Ola Brekke said.\n\nOpposition councillors said the cuts would hit poorer districts hardest."),
        ("islandpost.example", "budget", "2026-04-07 18:30:00", "Libraries lose out as council rams through 2027 budget",
            "Councillors rammed through the 2027 budget on Tuesday, slashing hours at four branch libraries in a 27-22 vote.\n\n\"It is a betrayal of the neighbourhoods that need libraries most,\" said opposition leader Siri Vang.\n\nFinance councillor Ola Brekke insisted there was no alternative."),
        ("coastradio.example", "budget", "2026-04-08 09:15:00", "2027 city budget approved; four libraries to open fewer hours",
            "The city's budget for 2027 has been approved by 27 votes to 22. Four branch libraries will open for fewer hours, the council says.\n\nFinance councillor Ola Brekke said the savings were needed to balance the books.\n\nThe opposition said it would try to reverse the library cuts next year."),
        ("harbourtimes.example", "marathon", "2026-04-09 12:00:00", "Kenyan-born Astrid Moen wins Harbour Marathon in course record",
            "Astrid Moen won the Harbour Marathon on Thursday in 2 hours 21 minutes, a course record, race organisers said.\n\n\"I felt strong from the first kilometre,\" Moen said after crossing the line.\n\nAbout 6,500 runners took part."),
        ("islandpost.example", "marathon", "2026-04-09 14:20:00", "Record-smashing Moen storms to Harbour Marathon glory",
            "Astrid Moen smashed the Harbour Marathon course record on Thursday, storming home in 2:21 ahead of 6,500 runners.\n\n\"This is the best day of my life,\" a tearful Moen said.\n\nFans lined the harbour front to cheer her in."),
        ("coastradio.example", "marathon", "2026-04-10 08:00:00", "Astrid Moen sets course record at the Harbour Marathon",
            "Astrid Moen has won this year's Harbour Marathon in a course record time of 2 hours 21 minutes, according to the organisers.\n\nAround 6,500 runners started the race.\n\nMoen said the cool weather had helped."),
    ];

    /// <summary>The archive as NELA-GT publishes it: id, date, source, title, content, author, url, published, published_utc; no story.</summary>
    private static string WriteArchive(TempCorpus corpus)
    {
        var lines = Records.Select((r, i) => JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = $"{r.Outlet.Split('.')[0]}--{i:D3}",
            ["date"] = r.Date[..10],
            ["source"] = r.Outlet,
            ["title"] = r.Title,
            ["content"] = r.Content,
            ["author"] = "Staff",
            ["url"] = $"https://{r.Outlet}/{i}",
            ["published"] = r.Date,
            ["published_utc"] = 1775548800 + i,
        }));
        return corpus.Write("nela/archive.jsonl", string.Join('\n', lines) + "\n");
    }

    private static List<Dictionary<string, string>> Rows(string csv)
    {
        var lines = File.ReadAllLines(csv);
        var header = Csv.Split(lines[0]);
        return [.. lines.Skip(1).Select(l => header.Zip(Csv.Split(l)).ToDictionary(p => p.First, p => p.Second))];
    }

    [Fact]
    public void A_nela_style_archive_without_story_keys_gets_stories_and_a_story_matched_table()
    {
        using var corpus = new TempCorpus("nela");
        var archive = WriteArchive(corpus);
        var given = Path.Combine(corpus.Parent, "given");
        Assert.Equal(0, CliRun.Of("analyze", archive, "--out", given, "--no-charts").ExitCode);
        Assert.Single(File.ReadAllLines(Path.Combine(given, "story_matched.csv"))); // header only: no story keys
        Assert.False(File.Exists(Path.Combine(given, "stories.csv")));

        var auto = Path.Combine(corpus.Parent, "auto");
        var run = CliRun.Of("analyze", archive, "--out", auto, "--no-charts", "--stories", "auto");
        Assert.True(run.ExitCode == 0, run.Error);
        var articles = Rows(Path.Combine(auto, "articles.csv"));
        Assert.All(articles, a => Assert.Equal("auto", a["story_source"]));
        // Articles of one event share a story, and the three events are three stories.
        var storyOfEvent = articles.Select((a, i) => (Records[i].Event, a["story"])).Distinct().ToList();
        Assert.Equal(3, storyOfEvent.Count);
        Assert.Equal(3, storyOfEvent.Select(e => e.Item2).Distinct().Count());
        var stories = Rows(Path.Combine(auto, "stories.csv"));
        Assert.Equal(3, stories.Count);
        Assert.All(stories, s => Assert.Equal("3", s["outlet_count"]));
        Assert.Equal(["auto-2026-04-07-1", "auto-2026-04-07-2", "auto-2026-04-09-1"], stories.Select(s => s["story"]));
        Assert.True(File.ReadAllLines(Path.Combine(auto, "story_matched.csv")).Length > 1, "story_matched.csv has no rows");
    }

    [Fact]
    public void Sharded_runs_merged_equal_a_single_run_story_ids_included()
    {
        using var corpus = new TempCorpus("nela");
        var archive = WriteArchive(corpus);
        var single = Path.Combine(corpus.Parent, "single");
        Assert.Equal(0, CliRun.Of("analyze", archive, "--out", single, "--no-charts", "--stories", "auto").ExitCode);
        var parts = Enumerable.Range(0, 3).Select(k => Path.Combine(corpus.Parent, $"part{k}")).ToArray();
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(0, CliRun.Of("analyze", archive, "--shard", $"{k}/3", "--out", parts[k], "--no-charts", "--stories", "auto").ExitCode);
        }
        var merged = Path.Combine(corpus.Parent, "merged");
        Assert.Equal(0, CliRun.Of(["merge", .. parts, "--out", merged, "--no-charts"]).ExitCode);
        foreach (var table in new[] { "articles.csv", "stories.csv", "story_matched.csv", "outlets.csv", "comparisons.csv" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(single, table)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(merged, table))),
                $"{table} of the merged shards differs from the single run");
        }
    }

    [Fact]
    public void Story_ids_do_not_depend_on_the_number_of_workers()
    {
        using var corpus = new TempCorpus("nela");
        var archive = WriteArchive(corpus);
        var one = Path.Combine(corpus.Parent, "one");
        var two = Path.Combine(corpus.Parent, "two");
        Assert.Equal(0, CliRun.Of("analyze", archive, "--out", one, "--no-charts", "--stories", "auto", "--workers", "1").ExitCode);
        Assert.Equal(0, CliRun.Of("analyze", archive, "--out", two, "--no-charts", "--stories", "auto", "--workers", "2").ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(one, "stories.csv")), File.ReadAllText(Path.Combine(two, "stories.csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(one, "articles.csv")), File.ReadAllText(Path.Combine(two, "articles.csv")));
    }

    [Fact]
    public void Stories_auto_refuses_stdin_which_cannot_be_read_twice()
    {
        var run = CliRun.Of("analyze", "-", "--stories", "auto", "--no-charts");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("stdin", run.Error);
    }

    /// <summary>Splits a CSV line written by TableWriter (quoted cells with doubled quotes).</summary>
    private static class Csv
    {
        public static string[] Split(string line)
        {
            var cells = new List<string>();
            var cell = new System.Text.StringBuilder();
            bool quoted = false;
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else cell.Append(c);
                }
                else if (c == '"') quoted = true;
                else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
                else cell.Append(c);
            }
            cells.Add(cell.ToString());
            return [.. cells];
        }
    }
}
