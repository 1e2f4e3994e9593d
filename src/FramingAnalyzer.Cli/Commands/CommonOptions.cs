using System.CommandLine;
using FramingAnalyzer.Input;

namespace FramingAnalyzer.Cli.Commands;

/// <summary>Options several commands share, and their parsing into settings.</summary>
internal static class CommonOptions
{
    public static Option<int> Seed() => new("--seed")
    {
        Description = "Seed for bootstrap resampling and permutation tests (same seed, same numbers).",
        DefaultValueFactory = _ => 20260311,
    };

    public static Option<string?> TrendPeriod()
    {
        var option = new Option<string?>("--period")
        {
            Description = "Period of trends.csv and the trend charts: week or month. Default: week when the dated articles span up to half a year, else month.",
        };
        option.AcceptOnlyFromAmong("week", "month");
        return option;
    }

    public static Trends.TrendPeriod? ParseTrendPeriod(string? value) => value switch
    {
        "week" => Trends.TrendPeriod.Week,
        "month" => Trends.TrendPeriod.Month,
        _ => null,
    };

    public static Option<bool> NoCharts() => new("--no-charts") { Description = "Skip rendering charts (tables and report only)." };

    public static Option<string[]> Map() => new("--map")
    {
        Description = "Map an article field to a CSV column or JSON field: --map text=story_body (fields: id, outlet, title, text, date, url, story, author). Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>An input named like an option ("--colour") is a mistyped option, not a file: a parse error.</summary>
    public static void RejectOptionLikeValues(Argument<string[]> argument) =>
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith("--", StringComparison.Ordinal)) result.AddError($"Unknown option '{token.Value}'.");
            }
        });

    /// <summary>Parses --map values; throws <see cref="UsageException"/> naming the bad value.</summary>
    public static Dictionary<ArticleField, string> ParseMap(string[]? values)
    {
        var map = new Dictionary<ArticleField, string>();
        foreach (var value in values ?? [])
        {
            int eq = value.IndexOf('=');
            if (eq <= 0 || eq == value.Length - 1 || !Enum.TryParse<ArticleField>(value[..eq], ignoreCase: true, out var field))
            {
                throw new UsageException($"--map '{value}': expected FIELD=COLUMN with FIELD one of {string.Join(", ", Enum.GetNames<ArticleField>().Select(n => n.ToLowerInvariant()))}.");
            }
            map[field] = value[(eq + 1)..];
        }
        return map;
    }
}

/// <summary>A usage error detected after parsing (bad option value, missing file): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
