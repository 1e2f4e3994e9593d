using System.CommandLine;
using System.Globalization;
using FramingAnalyzer.Encoders;
using FramingAnalyzer.Lexicons;
using FramingAnalyzer.Loaded;
using FramingAnalyzer.Output;

namespace FramingAnalyzer.Cli.Commands;

/// <summary><c>framing lexicon suggest [--lexicon FILE] [--top N] [--out FILE]</c>: candidate loaded terms to review.</summary>
internal static class LexiconCommand
{
    public static Command Create()
    {
        var lexicon = new Option<string[]>("--lexicon")
        {
            Description = "Loaded-term lexicon CSV (pattern,category,weight) whose neighbours to list (repeat; default: the shipped loaded-term lexicons).",
        };
        var top = new Option<int>("--top") { Description = "How many candidates to list.", DefaultValueFactory = _ => 50 };
        var output = new Option<string?>("--out", "-o") { Description = "Write the candidates to this CSV file instead of standard output." };
        var vectors = new Option<string?>("--vectors") { Description = "The static encoder's vectors file (default: the shipped one)." };
        var suggest = new Command("suggest",
            "List candidate loaded terms for a person to review: the words of the static encoder's vocabulary nearest to the lexicon's terms " +
            "(cosine), terms already in the lexicon and their plain inflections left out, with the term each is near and its category. " +
            "Nothing is added to any lexicon: review the list and copy what fits into a lexicon file (then use it with --add-lexicon).\n\n" +
            "Example:\n  framing lexicon suggest --lexicon my_terms.csv --top 100 --out candidates.csv")
        {
            lexicon, top, output, vectors,
        };
        suggest.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            int count = parse.GetValue(top);
            if (count <= 0)
            {
                error.WriteLine("error: --top must be a positive number.");
                return ExitCodes.Usage;
            }
            WordingLexicon words;
            StaticVectors table;
            try
            {
                var files = parse.GetValue(lexicon) is { Length: > 0 } given ? given : [.. WordingLexicon.ShippedFiles()];
                words = WordingLexicon.Load(files, []);
                table = EncoderCatalog.Table(parse.GetValue(vectors) ?? EncoderCatalog.ShippedVectorsPath);
            }
            catch (Exception ex) when (ex is LexiconException or EncoderLoadException)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Usage;
            }
            var suggestions = LexiconSuggester.Suggest(words, table, count);
            var path = parse.GetValue(output);
            using (var writer = path is null ? new TableWriter(parse.InvocationConfiguration.Output, Columns) : new TableWriter(path, Columns))
            {
                foreach (var s in suggestions)
                {
                    writer.Text(s.Candidate).Text(s.NearestTerm).Text(s.Category).Number(s.Similarity);
                    writer.EndRow();
                }
            }
            if (path is not null) parse.InvocationConfiguration.Output.WriteLine($"Wrote {suggestions.Count} candidates to {path}; review them before adding any to a lexicon.");
            return ExitCodes.Ok;
        });
        return new Command("lexicon", "Work on lexicons: 'suggest' lists candidate loaded terms near a lexicon's terms, for review.") { suggest };
    }

    private static readonly string[] Columns = ["candidate", "nearest_term", "category", "similarity"];
}
