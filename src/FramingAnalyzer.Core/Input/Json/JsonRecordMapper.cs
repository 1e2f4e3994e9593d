using System.Text.Json;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Input;

/// <summary>
/// Reads the article fields of one JSON object (NELA-GT, news-please and similar): each field from the property
/// named by <see cref="ReaderOptions.ColumnMap"/> (exact name, else ignoring case), or else from the first
/// recognised name of <see cref="FieldNames"/> the object has. When there is no text, news-please's
/// <c>description</c> is used. Values are converted by <see cref="JsonValueText"/>.
/// </summary>
internal static class JsonRecordMapper
{
    public static ReadItem ToItem(JsonElement record, RecordSource source, string origin, ReaderOptions options)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return ReadItem.Skip(origin, "not_an_object",
                $"Expected a JSON object with the article's fields, found {record.ValueKind.ToString().ToLowerInvariant()}.");
        }

        var exact = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var normalized = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in record.EnumerateObject())
        {
            exact.TryAdd(property.Name, property.Value);
            normalized.TryAdd(FieldNames.Normalize(property.Name), property.Value);
        }

        var values = new FieldValues();
        foreach (var field in FieldNames.All)
        {
            var value = Find(field, exact, normalized, options);
            if (value is JsonElement element)
            {
                values[field] = JsonValueText.Of(element, field);
            }
        }
        if (normalized.TryGetValue(FieldNames.Description, out var description))
        {
            values.SetIfBlank(ArticleField.Text, JsonValueText.Of(description, ArticleField.Text));
        }

        var item = ArticleAssembler.Assemble(values, source, origin);
        if (item.Problem is { Reason: "no_text" } && options.ColumnMap.TryGetValue(ArticleField.Text, out var mapped) && Find(ArticleField.Text, exact, normalized, options) is null)
        {
            return ReadItem.Skip(origin, "no_text", $"The record has no field '{mapped}' (mapped with --map text={mapped}).");
        }
        return item;
    }

    private static JsonElement? Find(ArticleField field, Dictionary<string, JsonElement> exact, Dictionary<string, JsonElement> normalized, ReaderOptions options)
    {
        if (options.ColumnMap.TryGetValue(field, out var mapped))
        {
            if (exact.TryGetValue(mapped.Trim(), out var byExactName) || normalized.TryGetValue(FieldNames.Normalize(mapped), out byExactName))
            {
                return byExactName;
            }
            return null;
        }
        foreach (var alias in FieldNames.AliasesOf(field))
        {
            // A field --map gave to one article field is not also recognised by its name as another (--map text=story).
            if (options.ColumnMap.Values.Any(mapped => FieldNames.Normalize(mapped) == alias)) continue;
            if (normalized.TryGetValue(alias, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return value;
            }
        }
        return null;
    }
}
