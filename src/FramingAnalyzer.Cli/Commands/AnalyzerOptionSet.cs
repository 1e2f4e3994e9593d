using System.CommandLine;
using FramingAnalyzer.Pipeline;
using FramingAnalyzer.Sourcing;

namespace FramingAnalyzer.Cli.Commands;

/// <summary>The lexicon and model options shared by every command that analyses articles (analyze, score, inspect, merge, aggregate).</summary>
internal sealed class AnalyzerOptionSet
{
    private readonly Option<string?> _lexicon = new("--lexicon") { Description = "Loaded-term lexicon CSV (pattern,category,weight) replacing the shipped one." };
    private readonly Option<string[]> _addLexicon = new("--add-lexicon") { Description = "Loaded-term lexicon CSV added to the shipped one. Repeatable." };
    private readonly Option<string[]> _families = new("--families") { Description = "Term-family CSV (family,choice,pattern) added to the shipped families. Repeatable." };
    private readonly Option<string?> _actors = new("--actors") { Description = "Actor lexicon CSV (pattern,canonical,affiliation,source_type) replacing the shipped one." };
    private readonly Option<string[]> _addActors = new("--add-actors")
    {
        Description = "Actor lexicon CSV added to the shipped one, its rows winning for the same pattern (a corpus's own people and bodies). " +
            "A corpus folder's .framing/actors.csv is added by itself when analysing it; give it here to merge or aggregate its partials. Repeatable.",
    };
    private readonly Option<string?> _figures = new("--figures")
    {
        Description = "Public-figures list CSV (name,aliases,source_type,affiliation,from,to) replacing the shipped one. " +
            "A corpus folder's .framing/public_figures.csv is added by itself, its people replacing the list's rows of the same name.",
    };
    private readonly Option<string[]> _addFigures = new("--add-figures")
    {
        Description = "Public-figures CSV read before the shipped (or --figures) list, its people replacing that list's rows of the same name. " +
            "A corpus folder's .framing/public_figures.csv is added by itself when analysing it; give it here to merge or aggregate its partials. Repeatable.",
    };
    private readonly Option<string?> _models = new("--models") { Description = "Folder of models trained with 'framing train' (loaded.zip, function.zip, source_type.zip) used instead of the shipped ones " +
        "(a model made with 'train --fine-tune' runs the transformer on every text it scores: slow, docs/models.md)." };
    private readonly Option<Encoders.EncoderTier> _encoder = EncoderOption.Create(
        "What the classifiers know of English: static (default; distilled vectors, table-lookup speed), contextual (the full " +
        "transformer per sentence and source: more accurate, about 5 articles/s on 2 cores) or none (n-grams only; needs models trained without an encoder).");

    private readonly Option<string?> _vectors = VectorsOption.Create();

    private readonly Option<string> _learnedCues = CreateLearnedCues();

    private readonly Option<string?> _undatedAs = UndatedAsOption();

    /// <summary>The <c>--undated-as</c> option (also on <c>inspect</c>), read by <see cref="ReadUndatedAs"/>.</summary>
    public static Option<string?> UndatedAsOption() => new("--undated-as")
    {
        Description = "Date (YYYY-MM-DD) or period (YYYY-MM-DD..YYYY-MM-DD) at which the roles of public figures are read for articles that carry " +
            "no date (\"Trump said\" is a candidate in 2016, a president in 2018; over a period, the role held longest in it). Articles keep their own " +
            "date when they have one. Without it, a listed person in an undated article is typed only when all their roles agree.",
    };

    private static Option<string> CreateLearnedCues()
    {
        var option = new Option<string>("--learned-cues")
        {
            Description = "Whether the attribution extractor also takes as cues the verbs the learned cue detector proposes beside the reporting-verb " +
                $"lexicon (corpora/models/cue_detector.bin): on or off (default {(Sourcing.SourcingResources.LearnedCuesByDefault ? "on" : "off")}; see docs/models.md).",
            DefaultValueFactory = _ => Sourcing.SourcingResources.LearnedCuesByDefault ? "on" : "off",
        };
        option.AcceptOnlyFromAmong("on", "off");
        return option;
    }

    /// <param name="sourcingOnly">Only the options that change finding and typing sources (evaluate-sources): not the loaded-term
    /// lexicon and families, which that command would read and ignore.</param>
    public void AddTo(Command command, bool sourcingOnly = false)
    {
        if (!sourcingOnly)
        {
            command.Options.Add(_lexicon);
            command.Options.Add(_addLexicon);
            command.Options.Add(_families);
        }
        command.Options.Add(_actors);
        command.Options.Add(_addActors);
        command.Options.Add(_figures);
        command.Options.Add(_addFigures);
        command.Options.Add(_models);
        command.Options.Add(_encoder);
        command.Options.Add(_vectors);
        command.Options.Add(_learnedCues);
        command.Options.Add(_undatedAs);
    }

    /// <summary>The options, with the actor and public-figure files of the inputs' corpora (<see cref="CorpusActors"/>) before
    /// any --add-actors or --add-figures file, and the corpora's own spokesperson contexts in place of the shipped file.</summary>
    public AnalyzerOptions Read(ParseResult parse, IEnumerable<string> inputs)
    {
        var options = Read(parse);
        var inputList = inputs as IReadOnlyCollection<string> ?? inputs.ToList();
        return options with
        {
            ExtraActors = [.. CorpusActors.Find(inputList).Where(f => !options.ExtraActors.Contains(f)), .. options.ExtraActors],
            ExtraFigures = [.. CorpusActors.Find(inputList, PublicFigureLexicon.FileName).Where(f => !options.ExtraFigures.Contains(f)), .. options.ExtraFigures],
            SpokespersonContexts = CorpusActors.Find(inputList, Sourcing.SpokespersonContexts.FileName),
        };
    }

    public AnalyzerOptions Read(ParseResult parse) => new()
    {
        Lexicon = ExistingFile(parse.GetValue(_lexicon), "--lexicon"),
        ExtraLexicons = (parse.GetValue(_addLexicon) ?? []).Select(f => ExistingFile(f, "--add-lexicon")!).ToArray(),
        ExtraFamilies = (parse.GetValue(_families) ?? []).Select(f => ExistingFile(f, "--families")!).ToArray(),
        Actors = ExistingFile(parse.GetValue(_actors), "--actors"),
        ExtraActors = (parse.GetValue(_addActors) ?? []).Select(f => Path.GetFullPath(ExistingFile(f, "--add-actors")!)).ToArray(),
        Figures = ExistingFile(parse.GetValue(_figures), "--figures"),
        ExtraFigures = (parse.GetValue(_addFigures) ?? []).Select(f => Path.GetFullPath(ExistingFile(f, "--add-figures")!)).ToArray(),
        ModelsDirectory = ExistingDirectory(parse.GetValue(_models), "--models"),
        Encoder = parse.GetValue(_encoder),
        Vectors = ExistingFile(parse.GetValue(_vectors), "--vectors"),
        LearnedCues = parse.GetValue(_learnedCues) == "on",
        UndatedAs = ReadUndatedAs(parse, _undatedAs),
    };

    public static DayRange? ReadUndatedAs(ParseResult parse, Option<string?> option)
    {
        if (parse.GetValue(option) is not { } value) return null;
        return DayRange.Parse(value)
            ?? throw new UsageException($"--undated-as: '{value}' is neither a date (YYYY-MM-DD) nor a period (YYYY-MM-DD..YYYY-MM-DD) that ends after it starts.");
    }

    public static string? ExistingFile(string? path, string option)
    {
        if (path is null) return null;
        if (!File.Exists(path)) throw new UsageException($"{option}: file '{path}' does not exist.");
        return path;
    }

    public static string? ExistingDirectory(string? path, string option)
    {
        if (path is null) return null;
        if (!Directory.Exists(path)) throw new UsageException($"{option}: folder '{path}' does not exist.");
        return path;
    }
}
