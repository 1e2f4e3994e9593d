using System.Text;
using FramingAnalyzer.Input;
using FramingAnalyzer.Model;

namespace FramingAnalyzer.Tests.Input;

/// <summary>A throw-away folder the tests write their input files into; deleted when disposed.</summary>
public sealed class TempCorpus : IDisposable
{
    public TempCorpus(string name = "corpus")
    {
        Parent = Path.Combine(Path.GetTempPath(), "framing-input-tests", Guid.NewGuid().ToString("N"));
        Root = Path.Combine(Parent, name);
        Directory.CreateDirectory(Root);
    }

    /// <summary>The folder that holds <see cref="Root"/>.</summary>
    public string Parent { get; }

    /// <summary>The corpus folder; its name is the first part of every origin.</summary>
    public string Root { get; }

    /// <summary>Writes a UTF-8 file (no BOM) at a path relative to <see cref="Root"/> and returns its full path.</summary>
    public string Write(string relativePath, string content) =>
        WriteBytes(relativePath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content));

    public string WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Reads the whole corpus folder.</summary>
    public List<ReadItem> Read(ReaderOptions? options = null) => Read([Root], options);

    /// <summary>Reads one file of the corpus, given directly as an input.</summary>
    public List<ReadItem> ReadFile(string relativePath, ReaderOptions? options = null) =>
        Read([Path.Combine(Root, relativePath)], options);

    public static List<ReadItem> Read(IReadOnlyList<string> inputs, ReaderOptions? options = null) =>
        [.. InputCatalog.Read(inputs, options ?? new ReaderOptions())];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Parent, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
