using System.Globalization;
using System.Text.Json;

namespace FramingAnalyzer.Input;

/// <summary>
/// Turns a JSON value into the text of an article field: strings as they are; numbers as written (a date given as a
/// number is read as Unix seconds or milliseconds and written as ISO 8601 UTC); booleans as true/false; arrays as
/// their items joined (paragraphs of a text with a blank line, anything else such as authors with "; "); an object
/// by its "name" (e.g. <c>"source": {"name": "BBC"}</c>); null as absent.
/// </summary>
internal static class JsonValueText
{
    private const double FirstPlausibleUnixSeconds = 100_000_000;     // 1973
    private const double FirstPlausibleUnixMilliseconds = 100_000_000_000; // 1973 in ms, or year 5138 in seconds
    private const double LastPlausibleUnixMilliseconds = 100_000_000_000_000;

    public static string? Of(JsonElement value, ArticleField field) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => field == ArticleField.Date ? DateOf(value) : value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => Join(value, field),
        JsonValueKind.Object => value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
        _ => null,
    };

    private static string? Join(JsonElement array, ArticleField field)
    {
        var separator = field == ArticleField.Text ? "\n\n" : "; ";
        var items = array.EnumerateArray()
            .Where(item => item.ValueKind != JsonValueKind.Array)
            .Select(item => Of(item, field))
            .Where(item => !string.IsNullOrWhiteSpace(item))
            .Select(item => item!.Trim());
        var joined = string.Join(separator, items);
        return joined.Length == 0 ? null : joined;
    }

    private static string DateOf(JsonElement number)
    {
        if (number.TryGetDouble(out var value) && value >= FirstPlausibleUnixSeconds && value < LastPlausibleUnixMilliseconds)
        {
            var milliseconds = value < FirstPlausibleUnixMilliseconds ? value * 1000 : value;
            var instant = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Floor(milliseconds));
            return instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }
        return number.GetRawText();
    }
}
