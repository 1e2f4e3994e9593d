using FramingAnalyzer.Sourcing;
using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>One test per construction the extractor covers, on sentences written for these tests (fictional names).</summary>
public class AttributionExtractorTests
{
    [Theory]
    [InlineData("The port authority said that the ferry had been delayed.", "The port authority", "said", "the ferry had been delayed")]
    [InlineData("The port authority said the ferry had been delayed.", "The port authority", "said", "the ferry had been delayed")]
    [InlineData("The port authority has also said the ferry had been delayed.", "The port authority", "has also said", "the ferry had been delayed")]
    public void Subject_verb_content(string text, string source, string cue, string content)
    {
        var document = Doc(text);
        var found = Single(document);
        AssertRelation(document, found, source, cue, "say", content, QuoteKinds.Indirect);
        Assert.Equal("verb_led", found.Rule);
    }

    [Fact]
    public void Content_then_source_and_verb()
    {
        var document = Doc("The ferry was delayed by the storm, the port authority said.");
        AssertRelation(document, Single(document), "the port authority", "said", "say", "The ferry was delayed by the storm", QuoteKinds.Indirect);
    }

    [Fact]
    public void Content_then_verb_then_source_with_apposition()
    {
        var document = Doc("The ferry was delayed by the storm, said Tomas Brenn, a spokesman for the Harbour Board.");
        var found = Single(document);
        AssertRelation(document, found, "Tomas Brenn, a spokesman for the Harbour Board", "said", "say", "The ferry was delayed by the storm", QuoteKinds.Indirect);
        Assert.Equal("Tomas Brenn", document.Slice(found.SourceHead));
        Assert.Equal("inverted", found.Rule);
    }

    [Fact]
    public void Quotation_then_source_and_verb()
    {
        var document = Doc("\"We will reopen the bridge by spring,\" Petra Vell said.");
        var found = Single(document);
        AssertRelation(document, found, "Petra Vell", "said", "say", "We will reopen the bridge by spring", QuoteKinds.Direct);
        Assert.Equal("quote_led", found.Rule);
    }

    [Fact]
    public void Quotation_then_verb_and_source()
    {
        var document = Doc("“We will reopen the bridge by spring,” said Petra Vell.");
        AssertRelation(document, Single(document), "Petra Vell", "said", "say", "We will reopen the bridge by spring", QuoteKinds.Direct);
    }

    [Fact]
    public void Quotation_of_several_sentences_ending_in_a_comma_stays_one_relation()
    {
        var document = Doc("\"The storm has passed. The bridge will open,\" the mayor said.");
        AssertRelation(document, Single(document), "the mayor", "said", "say", "The storm has passed. The bridge will open", QuoteKinds.Direct);
    }

    [Theory]
    [InlineData("Colonel Arno Pell told reporters that the convoy had turned back.", "told reporters that")]
    [InlineData("Colonel Arno Pell told Reuters the convoy had turned back.", "told Reuters")]
    public void Tell_with_its_listener(string text, string cueAndListener)
    {
        var document = Doc(text);
        var found = Single(document);
        AssertRelation(document, found, "Colonel Arno Pell", "told", "tell", "the convoy had turned back", QuoteKinds.Indirect);
        Assert.StartsWith(cueAndListener[5..], document.Slice(found.Qualifier));
    }

    [Fact]
    public void Said_in_a_statement_that()
    {
        var document = Doc("The Harbour Board said in a statement that the quay was closed.");
        var found = Single(document);
        AssertRelation(document, found, "The Harbour Board", "said", "say", "the quay was closed", QuoteKinds.Indirect);
        Assert.Equal("in a statement that", document.Slice(found.Qualifier));
    }

    [Fact]
    public void Content_then_said_in_a_statement()
    {
        var document = Doc("The quay is closed until Friday, the Harbour Board said in a statement.");
        var found = Single(document);
        AssertRelation(document, found, "the Harbour Board", "said", "say", "The quay is closed until Friday", QuoteKinds.Indirect);
        Assert.Equal("in a statement", document.Slice(found.Qualifier));
    }

    [Fact]
    public void In_a_statement_then_source_and_verb()
    {
        var document = Doc("In a statement, the river authority said the dykes had held.");
        AssertRelation(document, Single(document), "the river authority", "said", "say", "the dykes had held", QuoteKinds.Indirect);
    }

    [Fact]
    public void According_to_at_the_start()
    {
        var document = Doc("According to the river authority, the dykes held overnight.");
        var found = Single(document);
        AssertRelation(document, found, "the river authority", "According to", "according to", "the dykes held overnight", QuoteKinds.AccordingTo);
        Assert.Equal("neutral", found.VerbStance);
    }

    [Fact]
    public void According_to_at_the_end()
    {
        var document = Doc("The dykes held overnight, according to local officials.");
        AssertRelation(document, Single(document), "local officials", "according to", "according to", "The dykes held overnight", QuoteKinds.AccordingTo);
    }

    [Fact]
    public void Source_with_relative_clause()
    {
        var document = Doc("Ilse Marr, who chairs the tenants' association, said the rents had doubled.");
        var found = Single(document);
        AssertRelation(document, found, "Ilse Marr, who chairs the tenants' association", "said", "say", "the rents had doubled", QuoteKinds.Indirect);
        Assert.Equal("Ilse Marr", document.Slice(found.SourceHead));
    }

    [Fact]
    public void Quoted_as_saying()
    {
        var document = Doc("Ilse Marr was quoted as saying that the rents had doubled.");
        var found = Single(document);
        AssertRelation(document, found, "Ilse Marr", "quoted as saying", "say", "the rents had doubled", QuoteKinds.Indirect);
        Assert.Equal("passive", found.Rule);
    }

    [Theory]
    [InlineData("added", "add", "neutral")]
    [InlineData("noted", "note", "endorsing")]
    [InlineData("stressed", "stress", "endorsing")]
    [InlineData("claimed", "claim", "distancing")]
    [InlineData("alleged", "allege", "distancing")]
    [InlineData("insisted", "insist", "distancing")]
    [InlineData("warned", "warn", "warning")]
    [InlineData("denied", "deny", "accusation")]
    [InlineData("admitted", "admit", "concession")]
    public void Reporting_verbs_with_that_clause(string verb, string lemma, string stance)
    {
        var document = Doc($"The mayor {verb} that the bridge was unsafe.");
        var found = Single(document);
        AssertRelation(document, found, "The mayor", verb, lemma, "the bridge was unsafe", QuoteKinds.Indirect);
        Assert.Equal(stance, found.VerbStance);
    }

    [Theory]
    [InlineData("found that", "find", "the quay walls were sinking")]
    [InlineData("concluded that", "conclude", "the quay walls were sinking")]
    [InlineData("expects that", "expect", "the quay walls will sink")]
    [InlineData("hoped that", "hope", "the quay walls would hold")]
    [InlineData("fears that", "fear", "the quay walls will sink")]
    [InlineData("worried that", "worry", "the quay walls would sink")]
    [InlineData("wondered", "wonder", "whether the quay walls would hold")]
    [InlineData("complained that", "complain", "the quay walls were sinking")]
    public void Findings_and_states_of_mind_with_a_clause(string verb, string lemma, string content)
    {
        var document = Doc($"The harbour survey {verb} {content}.");
        var found = Single(document);
        Assert.Equal("The harbour survey", document.Slice(found.Source));
        Assert.Equal(lemma, found.CueLemma);
        Assert.Equal(content, document.Slice(found.Content));
    }

    [Theory]
    [InlineData("The harbour crew found the wreck at dawn.")]
    [InlineData("The ferry company expects to resume sailings on Monday.")]
    [InlineData("The fishermen hoped for calmer weather.")]
    public void Findings_and_states_of_mind_without_a_clause_are_not_attributions(string text)
    {
        Assert.Empty(Extract(Doc(text)));
    }

    [Theory]
    [InlineData("praised", "praise", "emotive", "the volunteers for their courage")]
    [InlineData("mocked", "mock", "emotive", "the council's flood plan")]
    [InlineData("likened", "liken", "neutral", "the storm to a war")]
    [InlineData("expressed", "express", "neutral", "concern about the dykes")]
    [InlineData("discussed", "discuss", "neutral", "the repairs with the engineers")]
    public void Verbs_whose_object_is_what_was_said(string verb, string lemma, string stance, string content)
    {
        var document = Doc($"Mayor Ilse Varn {verb} {content}.");
        var found = Single(document);
        AssertRelation(document, found, "Mayor Ilse Varn", verb, lemma, content, QuoteKinds.Indirect);
        Assert.Equal(stance, found.VerbStance);
    }

    [Fact]
    public void Call_on_someone_to_act()
    {
        var document = Doc("The river authority called on residents to leave the lower town.");
        AssertRelation(document, Single(document), "The river authority", "called on", "call on", "residents to leave the lower town", QuoteKinds.Indirect);
    }

    [Theory]
    [InlineData("Olen Brask called the plan \"a disgrace\" on Tuesday.", "the plan \"a disgrace\" on Tuesday", QuoteKinds.Mixed)]
    [InlineData("Olen Brask called the harbour master a coward.", "the harbour master a coward", QuoteKinds.Indirect)]
    public void Call_something_a_name(string text, string content, string quoteKind)
    {
        var document = Doc(text);
        AssertRelation(document, Single(document), "Olen Brask", "called", "call", content, quoteKind);
    }

    [Theory]
    [InlineData("The harbour master called the police at midnight.")]
    [InlineData("The council called a meeting for Friday.")]
    [InlineData("Olen Brask called his sister to the stage.")]
    public void Call_that_names_nothing_is_not_a_cue(string text)
    {
        Assert.Empty(Extract(Doc(text)));
    }

    [Fact]
    public void Self_description_with_call_is_not_a_cue()
    {
        var document = Doc("Tavo Renn, who calls himself a harbour guard, claimed that the quay had been sabotaged.");
        var found = Single(document);
        AssertRelation(document, found, "Tavo Renn, who calls himself a harbour guard", "claimed", "claim", "the quay had been sabotaged", QuoteKinds.Indirect);
    }

    [Fact]
    public void Clause_then_a_verb_of_report_that_closes_the_sentence()
    {
        var document = Doc("The quay walls are sinking by an inch a year, the engineer noted.");
        AssertRelation(document, Single(document), "the engineer", "noted", "note", "The quay walls are sinking by an inch a year", QuoteKinds.Indirect);
        Assert.Empty(Extract(Doc("After the long vote on the harbour budget, the minister spoke.")));
    }

    [Fact]
    public void Accused_with_its_object()
    {
        var document = Doc("The mayor accused the contractor of cutting corners.");
        var found = Single(document);
        AssertRelation(document, found, "The mayor", "accused", "accuse", "the contractor of cutting corners", QuoteKinds.Indirect);
        Assert.Equal("accusation", found.VerbStance);
    }

    [Fact]
    public void Participle_adding_that_continues_the_speaker()
    {
        var document = Doc("The mayor said the bridge was unsafe, adding that repairs would take a year.");
        var found = Extract(document);
        Assert.Equal(2, found.Count);
        AssertRelation(document, found[0], "The mayor", "said", "say", "the bridge was unsafe", QuoteKinds.Indirect);
        AssertRelation(document, found[1], "The mayor", "adding", "add", "repairs would take a year", QuoteKinds.Indirect);
        Assert.Equal("participle", found[1].Rule);
    }

    [Fact]
    public void Participle_after_a_clause_without_attribution_takes_the_subject()
    {
        var document = Doc("Ilse Marr thanked the volunteers, saying the shelter had saved lives.");
        var found = Single(document);
        AssertRelation(document, found, "Ilse Marr", "saying", "say", "the shelter had saved lives", QuoteKinds.Indirect);
    }

    [Fact]
    public void Participle_after_a_clause_with_an_opening_adjunct_takes_the_subject()
    {
        var document = Doc("During a visit to the shelter in Tarsk, Ilse Marr thanked the volunteers, saying they had saved lives.");
        var found = Single(document);
        AssertRelation(document, found, "Ilse Marr", "saying", "say", "they had saved lives", QuoteKinds.Indirect);
    }

    [Fact]
    public void Opening_participle_is_not_a_cue_of_its_own()
    {
        var document = Doc("Commenting on the closure, Ilse Marr said the shelter had saved lives.");
        AssertRelation(document, Single(document), "Ilse Marr", "said", "say", "the shelter had saved lives", QuoteKinds.Indirect);
    }

    [Fact]
    public void Passive_with_agent()
    {
        var document = Doc("It was announced by the river authority that the dykes would be raised.");
        var found = Single(document);
        AssertRelation(document, found, "the river authority", "announced", "announce", "the dykes would be raised", QuoteKinds.Indirect);
        Assert.Equal("passive", found.Rule);
    }

    [Fact]
    public void Passive_without_agent_names_no_source()
    {
        Assert.Empty(Extract(Doc("It was announced that the dykes would be raised.")));
    }

    [Fact]
    public void Nested_attribution_gives_two_relations()
    {
        var document = Doc("The palace said King Orvel had stressed that the talks must continue.");
        var found = Extract(document);
        Assert.Equal(2, found.Count);
        AssertRelation(document, found[0], "The palace", "said", "say", "King Orvel had stressed that the talks must continue", QuoteKinds.Indirect);
        AssertRelation(document, found[1], "King Orvel", "had stressed", "stress", "the talks must continue", QuoteKinds.Indirect);
        Assert.Equal("nested", found[1].Rule);
    }

    [Fact]
    public void Partial_quotation_inside_reported_speech_is_mixed()
    {
        var document = Doc("The mayor said the repairs were \"long overdue\" and would start soon.");
        AssertRelation(document, Single(document), "The mayor", "said", "say", "the repairs were \"long overdue\" and would start soon", QuoteKinds.Mixed);
    }

    [Fact]
    public void Colon_then_quotation_is_direct()
    {
        var document = Doc("The mayor said: \"The repairs are long overdue.\"");
        AssertRelation(document, Single(document), "The mayor", "said", "say", "The repairs are long overdue", QuoteKinds.Direct);
    }

    [Theory]
    [InlineData("The new report was published on Monday.")]
    [InlineData("Police arrested 40 alleged smugglers at the port.")]
    [InlineData("The mayor did not say when the bridge would open.")]
    [InlineData("Shells slammed into the market on Tuesday.")]
    [InlineData("Army units responded within minutes.")]
    public void Words_that_look_like_cues_but_are_not(string text)
    {
        Assert.Empty(Extract(Doc(text)));
    }

    [Fact]
    public void Quotations_inside_notes_are_not_read()
    {
        var document = Doc("The mayor said the bridge was unsafe.", "* The mayor said this article was corrected on Monday.");
        Assert.Single(Extract(document));
    }

    [Fact]
    public void Continued_quotation_across_paragraphs_belongs_to_its_opener()
    {
        var document = Doc("Petra Vell said: \"We will reopen the bridge by spring.", "\"After that we start on the harbour wall.\"");
        var found = Extract(document);
        Assert.Equal(2, found.Count);
        AssertRelation(document, found[0], "Petra Vell", "said", "say", "We will reopen the bridge by spring", QuoteKinds.Direct);
        Assert.Equal("continued_quote", found[1].Rule);
        Assert.Equal(0, found[1].ContinuesFrom);
        Assert.Equal(found[0].Source, found[1].Source);
        Assert.Equal("After that we start on the harbour wall", document.Slice(found[1].Content));
        Assert.Equal(1, found[1].SentenceIndex);
    }

    [Fact]
    public void Quote_paragraph_after_an_attributed_quotation_belongs_to_the_same_speaker()
    {
        var document = Doc("\"We will reopen the bridge,\" Petra Vell said.", "\"Nobody will stop us.\"", "The council meets on Friday.");
        var found = Extract(document);
        Assert.Equal(2, found.Count);
        Assert.Equal("continued_quote", found[1].Rule);
        Assert.Equal("Petra Vell", document.Slice(found[1].Source));
        Assert.Equal("Nobody will stop us", document.Slice(found[1].Content));
    }

    [Fact]
    public void Headline_with_a_colon_names_its_speaker()
    {
        var document = Doc("Vell: Bridge will open by spring", "The council met on Friday to discuss the bridge.");
        var found = Single(document);
        Assert.Equal("Vell", document.Slice(found.Source));
        Assert.Equal("colon", found.CueLemma);
        Assert.Equal("Bridge will open by spring", document.Slice(found.Content));
    }

    [Theory]
    [InlineData("The harbour board announced it would close the north quay.", "announce", "it would close the north quay")]
    [InlineData("Dara Holm noted she had visited the council twice.", "note", "she had visited the council twice")]
    [InlineData("The inspectors found the quay walls were sinking.", "find", "the quay walls were sinking")]
    [InlineData("Early polls showed Brask was ahead in the port wards.", "show", "Brask was ahead in the port wards")]
    [InlineData("The ferry company complained there had been no warning.", "complain", "there had been no warning")]
    public void Verbs_that_need_a_clause_take_one_without_that(string text, string lemma, string content)
    {
        var document = Doc(text);
        var found = Single(document);
        Assert.Equal(lemma, found.CueLemma);
        Assert.Equal(content, document.Slice(found.Content));
        Assert.Equal("verb_led", found.Rule);
    }

    [Theory]
    [InlineData("Dara Holm noted the rule in her column.")]
    [InlineData("The harbour board announced the closure of the north quay on Friday.")]
    [InlineData("The ferry company expects them to resume sailings soon.")]
    [InlineData("The fishermen hoped it would rain.")]
    [InlineData("Harbour state officials were sent home.")]
    [InlineData("Battleground state Velmar is nearly all coast.")]
    public void Plain_objects_and_nouns_are_not_clauses_without_that(string text)
    {
        Assert.Empty(Extract(Doc(text)));
    }

    [Theory]
    [InlineData("The governor added:", "\"We will rebuild the quay before winter.\"", "added", "add", "We will rebuild the quay before winter", QuoteKinds.Direct)]
    [InlineData("Petra Vell said in a statement:", "\"Nobody will stop us.\"", "said", "say", "Nobody will stop us", QuoteKinds.Direct)]
    [InlineData("The Harbour Gazette reports:", "Fewer than a hundred ships docked in March.", "reports", "report", "Fewer than a hundred ships docked in March", QuoteKinds.Indirect)]
    public void Verb_and_colon_ending_the_sentence_introduce_the_next_paragraph(string opener, string next, string cue, string lemma, string content, string quoteKind)
    {
        var document = Doc(opener, next);
        var found = Single(document);
        Assert.Equal(opener[..opener.IndexOf(' ' + cue, StringComparison.Ordinal)], document.Slice(found.Source));
        Assert.Equal(cue, document.Slice(found.Cue));
        Assert.Equal(lemma, found.CueLemma);
        Assert.Equal(content, document.Slice(found.Content));
        Assert.Equal(quoteKind, found.QuoteKind);
        Assert.Equal(0, found.SentenceIndex);
    }

    [Fact]
    public void Quote_sentences_after_an_introduced_quotation_continue_it()
    {
        var document = Doc("The governor added:", "\"We will rebuild the quay. Nobody will stop us.\"");
        var found = Extract(document);
        Assert.Equal(2, found.Count);
        Assert.Equal("We will rebuild the quay", document.Slice(found[0].Content));
        Assert.Equal("continued_quote", found[1].Rule);
        Assert.Equal("The governor", document.Slice(found[1].Source));
    }

    [Theory]
    [InlineData("The harbour board listed three reasons:", "The storm damaged the quay.")]
    [InlineData("The governor said the following about the harbour:", "\"We will rebuild.\"")]
    public void Colon_after_something_other_than_the_cue_introduces_nothing(string opener, string next)
    {
        var document = Doc(opener, next);
        Assert.DoesNotContain(Extract(document), a => a.SentenceIndex == 0 && a.Content.Start >= document.Sentences[1].Span.Start);
    }

    [Theory]
    [InlineData("Petra Vell continued: \"We will rebuild the quay.\"", "We will rebuild the quay")]
    [InlineData("Petra Vell continued, \"Nobody will stop us.\"", "Nobody will stop us")]
    [InlineData("\"Nobody will stop us,\" Petra Vell continued.", "Nobody will stop us")]
    public void Continued_with_a_quotation(string text, string content)
    {
        var document = Doc(text);
        var found = Single(document);
        Assert.Equal("Petra Vell", document.Slice(found.Source));
        Assert.Equal("continue", found.CueLemma);
        Assert.Equal(content, document.Slice(found.Content));
    }

    [Theory]
    [InlineData("The storm continued through the night.")]
    [InlineData("Petra Vell continued to inspect the quay.")]
    [InlineData("The talks continued in the harbour office, the mayor's aides went home.")]
    public void Continued_without_a_quotation_is_not_a_cue(string text)
    {
        Assert.DoesNotContain(Extract(Doc(text)), a => a.CueLemma == "continue");
    }

    [Theory]
    [InlineData("As the harbour master noted, the quay walls are sinking.", "the harbour master", "noted", "note", "the quay walls are sinking")]
    [InlineData("But as Dara Holm has pointed out, the ferry is never on time.", "Dara Holm", "has pointed out", "point out", "the ferry is never on time")]
    [InlineData("As Petra Vell put it, \"the sea always wins.\"", "Petra Vell", "put it", "put it", "the sea always wins")]
    public void As_the_source_said_then_the_content(string text, string source, string cue, string lemma, string content)
    {
        var document = Doc(text);
        var found = Single(document);
        Assert.Equal(source, document.Slice(found.Source));
        Assert.Equal(cue, document.Slice(found.Cue));
        Assert.Equal(lemma, found.CueLemma);
        Assert.Equal(content, document.Slice(found.Content));
    }

    [Theory]
    [InlineData("As the ferry left, the harbour master waved.")]
    [InlineData("The harbour master put it on the quay.")]
    [InlineData("She did it as the harbour master put it, carefully.")]
    public void As_clauses_and_put_it_that_report_nothing(string text)
    {
        Assert.Empty(Extract(Doc(text)));
    }

    [Fact]
    public void Transcript_lines_with_speaker_labels_in_capitals()
    {
        var document = Doc("The full exchange follows.", "\"HOLM: Will the quay reopen this year?", "\"VELL: It will reopen in May.",
            "\"HOLM: And the ferry?", "\"VELL: The ferry comes later.");
        var found = Extract(document).Where(a => a.CueLemma == "colon").ToList();
        Assert.Equal(4, found.Count);
        Assert.Equal(["HOLM", "VELL", "HOLM", "VELL"], found.Select(a => document.Slice(a.Source)));
        Assert.Equal("Will the quay reopen this year", document.Slice(found[0].Content));
        Assert.Equal("It will reopen in May", document.Slice(found[1].Content));
    }

    [Theory]
    [InlineData("LOCKDOWN: The quay is closed until further notice.", "The harbour board met on Friday.")]
    [InlineData("UPDATE: The quay is closed.", "UPDATE: The ferry is cancelled.")]
    public void Capitalised_labels_that_are_not_a_transcript_name_no_speaker(string first, string second)
    {
        Assert.DoesNotContain(Extract(Doc(first, second)), a => a.CueLemma == "colon");
    }

    [Fact]
    public void Extraction_is_the_same_from_several_threads()
    {
        var document = Doc("The mayor said the bridge was unsafe, adding that repairs would take a year.", "\"We will start in May,\" she said.");
        var extractor = new AttributionExtractor(SourcingKit.ShippedLexicons.Verbs);
        var expected = extractor.Extract(document);
        Parallel.For(0, 32, _ => Assert.Equal(expected, extractor.Extract(document)));
    }
}
