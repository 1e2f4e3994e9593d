using System.Text;
using System.Text.Json;
using FramingAnalyzer.Aggregation;
using FramingAnalyzer.Analysis;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Output;

/// <summary>
/// The streaming format of <c>framing score</c> / <c>framing aggregate</c>: one JSON object per line per input record.
/// An analysed article: <c>{"id","outlet","story","date","title","path","scores":{metric: value|null},
/// "ratios":{metric:[numerator,denominator]},"terms":[[term,category,family,choice,in_quote],...]}</c>.
/// A skipped record: <c>{"skipped":{"origin","reason","detail"}}</c>. Numbers are written round-trip exact, so
/// aggregating score lines gives the same results as a single run.
/// </summary>
public static class ScoreLine
{
    public static string Write(ArticleAnalysis analysis, ScoreSchema schema)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            var article = analysis.Article;
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteString("outlet", article.Outlet);
            WriteOptional(json, "story", article.Story);
            WriteOptional(json, "date", article.Date);
            json.WriteString("title", ArticleTables.Headline(analysis.Document));
            json.WriteString("path", article.Origin);
            json.WriteStartObject("scores");
            for (int m = 0; m < schema.Metrics.Count; m++)
            {
                double v = analysis.Scores.Values[m];
                if (double.IsNaN(v)) json.WriteNull(schema.Metrics[m].Name);
                else json.WriteNumber(schema.Metrics[m].Name, v);
            }
            json.WriteEndObject();
            json.WriteStartObject("ratios");
            for (int m = 0; m < schema.Metrics.Count; m++)
            {
                if (schema.Metrics[m].Kind != MetricKind.Ratio) continue;
                json.WriteStartArray(schema.Metrics[m].Name);
                json.WriteNumberValue(analysis.Scores.Numerators[m]);
                json.WriteNumberValue(analysis.Scores.Denominators[m]);
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteStartArray("terms");
            foreach (var hit in analysis.TermHits)
            {
                json.WriteStartArray();
                json.WriteStringValue(hit.Term);
                json.WriteStringValue(hit.Category);
                json.WriteStringValue(hit.Family);
                json.WriteStringValue(hit.Choice);
                json.WriteBooleanValue(hit.InQuote);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string WriteSkipped(InputProblem problem)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("skipped");
            json.WriteString("origin", problem.Origin);
            json.WriteString("reason", problem.Reason);
            json.WriteString("detail", problem.Detail);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A parsed score line: a scored article with its title and path, or a skipped record.</summary>
    public sealed record Parsed(ScoredArticle? Article, string Title, string Path, InputProblem? Skipped);

    public static Parsed Read(string line, ScoreSchema schema, string where)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.TryGetProperty("skipped", out var skipped))
            {
                return new Parsed(null, "", "", new InputProblem(Str(skipped, "origin"), Str(skipped, "reason"), Str(skipped, "detail")));
            }
            var scores = new ArticleScores(schema.Metrics.Count);
            var values = root.GetProperty("scores");
            var ratios = root.TryGetProperty("ratios", out var r) ? r : default;
            for (int m = 0; m < schema.Metrics.Count; m++)
            {
                var name = schema.Metrics[m].Name;
                if (!values.TryGetProperty(name, out var value)) throw new FormatException($"missing score '{name}' (was it made with the same analyzers and lexicons?)");
                scores.Values[m] = value.ValueKind == JsonValueKind.Null ? double.NaN : value.GetDouble();
                if (schema.Metrics[m].Kind == MetricKind.Ratio && ratios.ValueKind == JsonValueKind.Object && ratios.TryGetProperty(name, out var pair))
                {
                    scores.Numerators[m] = pair[0].GetDouble();
                    scores.Denominators[m] = pair[1].GetDouble();
                }
            }
            var terms = new List<TermOccurrence>();
            if (root.TryGetProperty("terms", out var termArray))
            {
                foreach (var t in termArray.EnumerateArray())
                {
                    terms.Add(new TermOccurrence(t[0].GetString()!, t[1].GetString()!, t[2].GetString()!, t[3].GetString()!, t[4].GetBoolean()));
                }
            }
            var article = new ScoredArticle(Str(root, "id"), Str(root, "outlet"), Opt(root, "story"), Opt(root, "date"), scores, terms);
            return new Parsed(article, Str(root, "title"), Str(root, "path"), null);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            return new Parsed(null, "", "", new InputProblem(where, "bad_score_line", ex.Message));
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    private static string Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    private static string? Opt(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
