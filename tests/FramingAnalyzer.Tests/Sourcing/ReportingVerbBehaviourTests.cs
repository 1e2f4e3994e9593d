using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Model;
using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// A reporting verb's behaviour is data: the columns inverts, content, bare_clause, reports_before, listener and not_before
/// of reporting_verbs.csv decide how the extractor reads it, so a researcher adds a verb with one line.
/// </summary>
public class ReportingVerbBehaviourTests
{
    private const string Header = "lemma,stance,forms,inverts,content,bare_clause,reports_before,listener,not_before,nests";

    private static IReadOnlyList<Attribution> ExtractWith(string verbRows, params string[] paragraphs)
    {
        var path = WriteTemp("reporting_verbs.csv", Header + "\n" + verbRows);
        var document = Doc(paragraphs);
        return new AttributionExtractor(ReportingVerbLexicon.Load(path)).Extract(document);
    }

    private static string Cues(IReadOnlyList<Attribution> found, string text) =>
        string.Join(" | ", found.Select(a => $"{a.CueLemma}: {text.Substring(a.Content.Start, a.Content.Length)}"));

    [Fact]
    public void A_new_verb_that_inverts_is_read_after_the_quotation()
    {
        const string text = "\"The quay will hold,\" quipped the harbour master.";
        Assert.Equal("quip: The quay will hold", Cues(ExtractWith("quip,emotive,quip|quipped,yes,any,,,,", text), text));
        Assert.Empty(ExtractWith("quip,emotive,quip|quipped,,any,,,,", "The quay will hold, quipped the harbour master."));
    }

    [Fact]
    public void A_clause_verb_needs_a_marked_clause_and_takes_a_bare_one_only_when_told()
    {
        const string marked = "The survey signalled that the quay walls were sinking.";
        const string bare = "The survey signalled the quay walls were sinking.";
        const string plain = "The survey signalled the end of the season.";
        Assert.Single(ExtractWith("signal,neutral,signal|signalled,,clause,,,,", marked));
        Assert.Empty(ExtractWith("signal,neutral,signal|signalled,,clause,,,,", bare));
        Assert.Empty(ExtractWith("signal,neutral,signal|signalled,,clause,,,,", plain));
        Assert.Single(ExtractWith("signal,neutral,signal|signalled,,clause,yes,,,", bare));
        Assert.Empty(ExtractWith("signal,neutral,signal|signalled,,clause,yes,,,", plain));
        Assert.Single(ExtractWith("signal,neutral,signal|signalled,,any,,,,", plain));
    }

    [Fact]
    public void A_clause_verb_closing_the_sentence_reports_the_clause_before_only_when_told()
    {
        const string text = "The quay walls are sinking by an inch a year, the engineer signalled.";
        Assert.Empty(ExtractWith("signal,neutral,signal|signalled,,clause,,,,", text));
        Assert.Single(ExtractWith("signal,neutral,signal|signalled,,clause,,yes,,", text));
    }

    [Fact]
    public void A_listener_is_skipped_only_for_verbs_that_take_one()
    {
        const string text = "The mayor assured residents the quay would hold.";
        var found = ExtractWith("assure,neutral,assure|assured,,any,,,yes,", text);
        Assert.Equal("assure: the quay would hold", Cues(found, text));
        Assert.Equal("assure: residents the quay would hold", Cues(ExtractWith("assure,neutral,assure|assured,,any,,,,", text), text));
    }

    [Fact]
    public void Not_before_names_the_word_after_which_the_verb_reports_nothing()
    {
        const string text = "Two men suspected of smuggling were held at the quay.";
        Assert.Single(ExtractWith("suspect,distancing,suspect|suspected,,any,,,,", "The police suspected the ferry crew of smuggling."));
        Assert.Empty(ExtractWith("suspect,distancing,suspect|suspected,,any,,,,of", text));
    }

    [Fact]
    public void A_verb_that_does_not_nest_is_part_of_the_content_it_stands_in()
    {
        const string text = "Mara Voss said the mayor wants a new bridge.";
        const string say = "say,neutral,say|said,yes,any,,,,,\n";
        Assert.Equal("say: the mayor wants a new bridge | want: a new bridge", Cues(ExtractWith(say + "want,neutral,want|wants,,any,,,,,", text), text));
        Assert.Equal("say: the mayor wants a new bridge", Cues(ExtractWith(say + "want,neutral,want|wants,,any,,,,,no", text), text));
        // Outside another attribution's content it is an attribution of its own.
        Assert.Single(ExtractWith(say + "want,neutral,want|wants,,any,,,,,no", "The mayor wants a new bridge."));
    }

    [Fact]
    public void A_file_without_behaviour_columns_loads_with_the_defaults()
    {
        var path = WriteTemp("reporting_verbs.csv", "lemma,stance,forms\nsay,neutral,say|said");
        var document = Doc("The quay will hold, said the harbour master. The harbour master said the quay would hold.");
        var found = new AttributionExtractor(ReportingVerbLexicon.Load(path)).Extract(document);
        Assert.Equal("The harbour master", document.Slice(Assert.Single(found).Source));
    }

    [Theory]
    [InlineData("say,neutral,say|said,perhaps,any,,,,", "inverts")]
    [InlineData("say,neutral,say|said,,speech,,,,", "content")]
    [InlineData("say,neutral,say|said,,any,yes,,,", "bare_clause")]
    [InlineData("say,neutral,say|said,,any,,,,of it", "not_before")]
    [InlineData("say,neutral,say|said,,any,,,,,never", "nests")]
    public void A_bad_behaviour_cell_names_file_line_and_column(string row, string column)
    {
        var path = WriteTemp("reporting_verbs.csv", Header + "\nadd,neutral,add|added,yes,any,,,,\n" + row);
        var error = Assert.Throws<LexiconException>(() => ReportingVerbLexicon.Load(path));
        Assert.Contains(path + ":3:", error.Message);
        Assert.Contains(column, error.Message);
    }

    [Fact]
    public void The_shipped_verbs_carry_their_behaviour()
    {
        var verbs = ShippedLexicons.Verbs;
        Assert.True(Behaviour(verbs, "said").Inverts);
        Assert.False(Behaviour(verbs, "praised").Inverts);
        Assert.Equal(VerbContent.Clause, Behaviour(verbs, "announced").Content);
        Assert.True(Behaviour(verbs, "announced").BareClause);
        Assert.Equal(VerbContent.Any, Behaviour(verbs, "noted").Content);
        Assert.False(Behaviour(verbs, "wants").Nests);
        Assert.True(Behaviour(verbs, "told").Nests);
        Assert.Equal(VerbContent.Naming, Behaviour(verbs, "called").Content);
        Assert.True(Behaviour(verbs, "told").Listener);
        Assert.Equal("of", Behaviour(verbs, "accused").NotBefore);
    }

    private static VerbBehaviour Behaviour(ReportingVerbLexicon verbs, string form)
    {
        var document = Doc($"The mayor {form} it.");
        var sentence = document.Sentences[0];
        var view = new SentenceView(new DocumentText(document), sentence);
        var (cues, _) = CueFinder.Find(view, verbs);
        return Assert.Single(cues).Behaviour;
    }
}
