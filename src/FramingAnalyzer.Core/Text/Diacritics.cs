namespace FramingAnalyzer.Text;

/// <summary>
/// Diacritics removal as ML.NET's text normaliser does it (letters whose canonical decomposition is an ASCII letter plus
/// combining marks lose the marks; combining marks themselves are dropped). Written out as a table because the tool runs
/// with invariant globalization, where string.Normalize does not decompose.
/// </summary>
internal static class Diacritics
{
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž";
    private const string Plain = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz";

    private static readonly Dictionary<char, char> Map = Accented.Zip(Plain).ToDictionary(p => p.First, p => p.Second);

    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    public static bool TryStrip(char c, out char plain) => Map.TryGetValue(c, out plain);
}
