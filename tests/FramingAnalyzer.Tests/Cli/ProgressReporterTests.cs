using FramingAnalyzer.Cli;

namespace FramingAnalyzer.Tests.Cli;

/// <summary>The progress line can give the time left only when the number of articles is known in advance.</summary>
public sealed class ProgressReporterTests
{
    [Fact]
    public void Folders_of_files_give_the_expected_number_of_articles()
    {
        var root = Path.Combine(Path.GetTempPath(), $"framing-progress-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(root, "Outlet A"));
        Directory.CreateDirectory(Path.Combine(root, "Outlet B"));
        try
        {
            File.WriteAllText(Path.Combine(root, "Outlet A", "one.txt"), "x");
            File.WriteAllText(Path.Combine(root, "Outlet A", "two.txt"), "x");
            File.WriteAllText(Path.Combine(root, "Outlet B", "three.txt"), "x");
            File.WriteAllText(Path.Combine(root, "Outlet B", ".DS_Store"), "x");
            Assert.Equal(3, ProgressReporter.ExpectedArticles([root]));
            Assert.Equal(2, ProgressReporter.ExpectedArticles([Path.Combine(root, "Outlet A")]));
            Assert.Null(ProgressReporter.ExpectedArticles([Path.Combine(root, "Outlet A", "one.txt")]));
            Assert.Null(ProgressReporter.ExpectedArticles([]));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
