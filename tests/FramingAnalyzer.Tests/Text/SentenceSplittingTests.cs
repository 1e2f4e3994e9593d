using static FramingAnalyzer.Tests.Text.TextKit;

namespace FramingAnalyzer.Tests.Text;

/// <summary>Sentence boundaries: the text of each sentence, joined by " | ".</summary>
public class SentenceSplittingTests
{
    [Theory]
    // Titles and months with a period never end a sentence.
    [InlineData("Mr. Reyna spoke first. He was brief.", "Mr. Reyna spoke first. | He was brief.")]
    [InlineData("Gen. Sarno met Col. Dobrev and Dr. Vasko in Tesk. They talked.", "Gen. Sarno met Col. Dobrev and Dr. Vasko in Tesk. | They talked.")]
    [InlineData("Mrs. Holm and Prof. Vinter left on Jan. 5. Nobody followed.", "Mrs. Holm and Prof. Vinter left on Jan. 5. | Nobody followed.")]
    [InlineData("Talks resume on Feb. 12 in Halden. The envoy confirmed.", "Talks resume on Feb. 12 in Halden. | The envoy confirmed.")]
    // Initialisms: kept together, ending a sentence only before a typical opener.
    [InlineData("The U.S. Army sent aid. It arrived late.", "The U.S. Army sent aid. | It arrived late.")]
    [InlineData("Aid came from the U.S. The convoy was stopped.", "Aid came from the U.S. | The convoy was stopped.")]
    [InlineData("The U.N. envoy arrived. Talks began.", "The U.N. envoy arrived. | Talks began.")]
    [InlineData("It happened in the U.K. Officials denied it.", "It happened in the U.K. | Officials denied it.")]
    [InlineData("The curfew runs from 7 p.m. until 6 a.m. and applies to every town. Shops close early.",
        "The curfew runs from 7 p.m. until 6 a.m. and applies to every town. | Shops close early.")]
    [InlineData("The first shell landed at 9:15 a.m. The second came minutes later.", "The first shell landed at 9:15 a.m. | The second came minutes later.")]
    [InlineData("The strike came at 4 p.m. on Friday. Two nurses died.", "The strike came at 4 p.m. on Friday. | Two nurses died.")]
    // "No." before a number is an abbreviation; "no." at the end of a sentence is not.
    [InlineData("The convoy waited at checkpoint No. 4 for nine hours. Aid groups protested.", "The convoy waited at checkpoint No. 4 for nine hours. | Aid groups protested.")]
    [InlineData("He said no. The army disagreed.", "He said no. | The army disagreed.")]
    [InlineData("The answer was No. The talks ended.", "The answer was No. | The talks ended.")]
    [InlineData("They sat. Then they left.", "They sat. | Then they left.")]
    [InlineData("It was hot under the sun. Everyone waited.", "It was hot under the sun. | Everyone waited.")]
    // Initials.
    [InlineData("J. R. Smith wrote the report. It was long.", "J. R. Smith wrote the report. | It was long.")]
    [InlineData("The report by Anna K. Vale was published. Critics praised it.", "The report by Anna K. Vale was published. | Critics praised it.")]
    [InlineData("They chose Plan B. The army rejected it.", "They chose Plan B. | The army rejected it.")]
    // Trailing abbreviations end a sentence before an opener.
    [InlineData("The dam was built by Orlan Hydro Inc. The company declined to comment.", "The dam was built by Orlan Hydro Inc. | The company declined to comment.")]
    [InlineData("They took food, water, blankets, etc. and left at dawn.", "They took food, water, blankets, etc. and left at dawn.")]
    [InlineData("She has a Ph.D. in hydrology. She studied the dam.", "She has a Ph.D. in hydrology. | She studied the dam.")]
    [InlineData("Details are at meridianwire.example today. Nothing else.", "Details are at meridianwire.example today. | Nothing else.")]
    // Numbers.
    [InlineData("The front moved 3.5 km. About 12,000 people fled.", "The front moved 3.5 km. | About 12,000 people fled.")]
    [InlineData("The dam cost $1.2 billion. Critics said it was too much.", "The dam cost $1.2 billion. | Critics said it was too much.")]
    [InlineData("Prices rose 3.5. The index fell 1,200.", "Prices rose 3.5. | The index fell 1,200.")]
    [InlineData("The army said 23 died. 60 were wounded.", "The army said 23 died. | 60 were wounded.")]
    // Ellipses.
    [InlineData("They waited... and waited. Nothing came.", "They waited... and waited. | Nothing came.")]
    [InlineData("They waited... Then the shells came.", "They waited... | Then the shells came.")]
    [InlineData("They waited… Then the shells came.", "They waited… | Then the shells came.")]
    [InlineData("Silence… and then a whistle.", "Silence… and then a whistle.")]
    // Dashes do not end sentences.
    [InlineData("The army — which denied it — said it was ready. Others – including the NVF - disagreed.",
        "The army — which denied it — said it was ready. | Others – including the NVF - disagreed.")]
    // Question and exclamation marks.
    [InlineData("Is this the end? Nobody knows! The talks resume today.", "Is this the end? | Nobody knows! | The talks resume today.")]
    [InlineData("Who fired?! Nobody will say.", "Who fired?! | Nobody will say.")]
    [InlineData("Really? he asked.", "Really? he asked.")]
    // Brackets.
    [InlineData("(He was not hurt.) The others were.", "(He was not hurt.) | The others were.")]
    [InlineData("The NVF (an armed group) denied it. Nobody else spoke.", "The NVF (an armed group) denied it. | Nobody else spoke.")]
    public void Splits_plain_sentences(string body, string expected) => Assert.Equal(expected, Sentences(Build(body)));

    [Theory]
    // A sentence ending with a closing quote.
    [InlineData("He said: \"We will win.\" Then he left.", "He said: \"We will win.\" | Then he left.")]
    [InlineData("He said: “We will win.” Then he left.", "He said: “We will win.” | Then he left.")]
    [InlineData("She called it 'a crime.' Nobody answered.", "She called it 'a crime.' | Nobody answered.")]
    [InlineData("He asked: 'Why?' Nobody answered.", "He asked: 'Why?' | Nobody answered.")]
    [InlineData("They promised aid \"within hours, not days.\" It never came.", "They promised aid \"within hours, not days.\" | It never came.")]
    // A quotation with a comma before its attribution stays one sentence.
    [InlineData("\"We will fight. We will win,\" he said.", "\"We will fight. We will win,\" he said.")]
    [InlineData("“We will fight. We will win,” he said. The crowd cheered.", "“We will fight. We will win,” he said. | The crowd cheered.")]
    [InlineData("«We will fight. We will win,» he said.", "«We will fight. We will win,» he said.")]
    [InlineData("\"We will fight. We will win,\" Dobrev said at a briefing.", "\"We will fight. We will win,\" Dobrev said at a briefing.")]
    // So does one ending in ! or ? before a lower-case attribution.
    [InlineData("\"Help! Help!\" she shouted. Nobody came.", "\"Help! Help!\" she shouted. | Nobody came.")]
    [InlineData("“Who fired? Who?” asked Marsh.", "“Who fired? Who?” asked Marsh.")]
    // ... or before a name and a reporting verb.
    [InlineData("“Now the maternity ward. How many more times?” Fonn said. Nobody answered.", "“Now the maternity ward. How many more times?” Fonn said. | Nobody answered.")]
    [InlineData("\"Why would we do this?\" Adela Fonn asked reporters.", "\"Why would we do this?\" Adela Fonn asked reporters.")]
    [InlineData("\"Why would we do this?\" Fonn Valley Radio broadcast it.", "\"Why would we do this?\" | Fonn Valley Radio broadcast it.")]
    // A quotation that is a sentence of its own is split like any other.
    [InlineData("\"We will win.\" The crowd cheered.", "\"We will win.\" | The crowd cheered.")]
    [InlineData("\"Stop.\" \"Why?\" \"Because.\"", "\"Stop.\" | \"Why?\" | \"Because.\"")]
    [InlineData("The minister said: \"We will win. They will lose.\"", "The minister said: \"We will win. | They will lose.\"")]
    [InlineData("The shells came from the U.S. \"We saw them,\" Marsh said.", "The shells came from the U.S. | \"We saw them,\" Marsh said.")]
    [InlineData("He said: \"I lived in the U.S.\" Then he moved.", "He said: \"I lived in the U.S.\" | Then he moved.")]
    public void Splits_sentences_around_quotations(string body, string expected) => Assert.Equal(expected, Sentences(Build(body)));

    [Theory]
    [InlineData("First paragraph ends here\n\nSecond one. Has two.", "First paragraph ends here | Second one. | Has two.")]
    [InlineData("One.\n\nTwo.\n\nThree.", "One. | Two. | Three.")]
    public void Never_runs_a_sentence_across_paragraphs(string body, string expected) => Assert.Equal(expected, Sentences(Build(body)));

    [Theory]
    [InlineData("Two nurses were killed. The hospital was hit.", 4, 4)]
    [InlineData("Shells struck at 9:15 a.m. on Tuesday.", 8, 0)]
    [InlineData("\"We will win,\" he said.", 5, 0)]
    public void Counts_words_and_numbers_per_sentence(string body, int firstSentenceWords, int secondSentenceWords)
    {
        var doc = Build(body);
        Assert.Equal(firstSentenceWords, doc.Sentences[0].WordCount);
        Assert.Equal(secondSentenceWords, doc.Sentences.Count > 1 ? doc.Sentences[1].WordCount : 0);
    }
}
