using FramingAnalyzer.Input;

namespace FramingAnalyzer.Tests.Input;

public sealed class FolderInputTests : IDisposable
{
    private readonly TempCorpus corpus = new("sample");

    public void Dispose() => corpus.Dispose();

    [Fact]
    public void A_text_file_in_an_outlet_folder_is_an_article_from_that_outlet()
    {
        corpus.Write("Meridian Wire/x.txt", "Shells hit the market.\n\nTwenty-three people died.\n");

        var article = corpus.Read().SingleArticle();

        Assert.Equal("Meridian Wire", article.Outlet);
        Assert.Equal("Shells hit the market.\n\nTwenty-three people died.", article.Body);
        Assert.Equal("sample/Meridian Wire/x.txt", article.Origin);
        Assert.True(article.MayContainPageFurniture);
        Assert.Null(article.Title);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void A_file_in_a_nested_subfolder_takes_the_outlet_of_its_first_level_folder()
    {
        corpus.Write("Outlet A/2026/march/y.md", "Body text.");

        var article = corpus.Read().SingleArticle();

        Assert.Equal("Outlet A", article.Outlet);
        Assert.Equal("sample/Outlet A/2026/march/y.md", article.Origin);
    }

    [Fact]
    public void Front_matter_overrides_title_outlet_date_url_story_and_author()
    {
        corpus.Write("Folder Outlet/x.txt", """
            ---
            title: "Shelling kills 23: sides trade blame"
            outlet: 'Meridian Wire'
            date: 2026-03-03
            url: https://meridianwire.example/a?b=c
            story: market-shelling
            author: Sofia Arden
            id: mw-0303
            colour: blue
            ---
            World
            Shells struck the market.
            """);

        var article = corpus.Read().SingleArticle();

        Assert.Equal("Shelling kills 23: sides trade blame", article.Title);
        Assert.Equal("Meridian Wire", article.Outlet);
        Assert.Equal("2026-03-03", article.Date);
        Assert.Equal("https://meridianwire.example/a?b=c", article.Url);
        Assert.Equal("market-shelling", article.Story);
        Assert.Equal("Sofia Arden", article.Author);
        Assert.Equal("mw-0303", article.Id);
        Assert.Equal("World\nShells struck the market.", article.Body);
    }

    [Fact]
    public void Front_matter_event_is_an_alias_of_story()
    {
        corpus.Write("Outlet/x.txt", "---\nevent: truce-agreed\n---\nText.");

        Assert.Equal("truce-agreed", corpus.Read().SingleArticle().Story);
    }

    [Fact]
    public void Front_matter_without_a_closing_fence_is_read_as_body_with_a_warning_naming_file_and_line()
    {
        corpus.Write("Outlet/x.txt", "---\ntitle: Never closed\n\nThe article text.");

        var article = corpus.Read().SingleArticle();

        Assert.Null(article.Title);
        Assert.Equal("---\ntitle: Never closed\n\nThe article text.", article.Body);
        var warning = Assert.Single(article.Warnings);
        Assert.Contains("sample/Outlet/x.txt", warning);
        Assert.Contains("line 1", warning);
    }

    [Fact]
    public void A_file_directly_in_the_input_folder_with_no_outlet_on_the_page_takes_the_folder_name_as_a_guess()
    {
        corpus.Write("loose.txt", "Some text.");

        var article = corpus.Read().SingleArticle();

        Assert.Equal(("sample", "the folder's name", "sample/loose.txt"), (article.Outlet, article.OutletGuessedFrom, article.Origin));
    }

    [Fact]
    public void A_file_directly_in_the_input_folder_takes_the_outlet_its_page_names()
    {
        corpus.Write("loose.txt", "World\nBridge reopens after repairs\nThe bridge reopened on Monday.\nBy Sofia Arden, Meridian Wire\nTraffic was light.");

        var article = corpus.Read().SingleArticle();

        Assert.Equal(("Meridian Wire", "a byline"), (article.Outlet, article.OutletGuessedFrom));
    }

    [Fact]
    public void A_file_directly_in_the_input_folder_can_name_its_outlet_in_front_matter()
    {
        corpus.Write("loose.txt", "---\noutlet: Free Valley Voice\n---\nWorld\nBridge reopens\nThe bridge reopened.\nBy Sofia Arden, Meridian Wire\nSome text.");

        var article = corpus.Read().SingleArticle();

        Assert.Equal(("Free Valley Voice", null), (article.Outlet, article.OutletGuessedFrom));
    }

    [Fact]
    public void An_outlet_folder_is_never_second_guessed_by_the_page()
    {
        corpus.Write("Karvania Today/x.txt", "World\nBridge reopens after repairs\nThe bridge reopened on Monday.\nBy Sofia Arden, Meridian Wire\nTraffic was light.");

        var article = corpus.Read().SingleArticle();

        Assert.Equal(("Karvania Today", null), (article.Outlet, article.OutletGuessedFrom));
    }

    [Fact]
    public void Entries_are_read_in_ordinal_order_depth_first()
    {
        corpus.Write("b/2.txt", "b2");
        corpus.Write("a/z.txt", "az");
        corpus.Write("B/1.txt", "B1");
        corpus.Write("a/sub/y.txt", "ay");
        corpus.Write("a/Y.txt", "aY");

        var origins = corpus.Read().Articles().Select(article => article.Origin).ToList();

        Assert.Equal(["sample/B/1.txt", "sample/a/Y.txt", "sample/a/sub/y.txt", "sample/a/z.txt", "sample/b/2.txt"], origins);
    }

    [Fact]
    public void A_root_readme_documents_the_corpus_an_outlet_readme_is_skipped_and_other_extensions_are_ignored()
    {
        corpus.Write("README.md", "# About this corpus");
        corpus.Write("Outlet/readme.txt", "notes");
        corpus.WriteBytes("Outlet/photo.png", [0x89, 0x50, 0x4E, 0x47]);
        corpus.Write("Outlet/notes.docx", "not read");
        corpus.Write("Outlet/.hidden.txt", "not read");
        corpus.Write("Outlet/x.txt", "Text.");

        var items = corpus.Read();

        Assert.Single(items.Articles());
        Assert.Equal([("sample/Outlet/readme.txt", "not_article")],
            items.Problems().Select(p => (p.Origin, p.Reason)).Order().ToList());
    }

    [Fact]
    public void Inputs_are_read_in_the_order_given()
    {
        var second = corpus.Write("Two/b.txt", "---\noutlet: Two\n---\nB.");
        var first = corpus.Write("One/a.txt", "---\noutlet: One\n---\nA.");

        var outlets = TempCorpus.Read([second, first]).Articles().Select(article => article.Outlet);

        Assert.Equal(["Two", "One"], outlets);
    }

    [Fact]
    public void A_missing_path_is_one_not_found_problem()
    {
        var missing = Path.Combine(corpus.Root, "nope");

        var problem = TempCorpus.Read([missing]).SingleProblem();

        Assert.Equal((missing, "not_found"), (problem.Origin, problem.Reason));
    }

    [Fact]
    public void A_relative_missing_path_says_which_folder_it_was_looked_for_in()
    {
        var problem = TempCorpus.Read(["no-such-folder-here"]).SingleProblem();

        Assert.Equal($"There is no file or folder 'no-such-folder-here' in {Environment.CurrentDirectory}.", problem.Detail);
    }

    [Fact]
    public void An_empty_folder_is_one_no_article_files_problem()
    {
        var problem = corpus.Read().SingleProblem();

        Assert.Equal(("sample", "no_article_files"), (problem.Origin, problem.Reason));
        Assert.Contains("holds no files", problem.Detail);
    }

    [Fact]
    public void A_folder_with_only_a_readme_hidden_files_and_other_kinds_of_file_is_one_problem_naming_a_few_files()
    {
        corpus.Write("README.md", "About this corpus.");
        corpus.Write(".hidden.txt", "Not read.");
        foreach (var name in new[] { "a.pdf", "b.docx", "c.html", "d.rtf" }) corpus.Write("Outlet/" + name, "x");

        var problem = corpus.Read().SingleProblem();

        Assert.Equal("no_article_files", problem.Reason);
        Assert.Contains("holds 4 file(s), none of a kind that is read (Outlet/a.pdf, Outlet/b.docx, Outlet/c.html, ...)", problem.Detail);
    }

    [Fact]
    public void A_folder_whose_only_file_is_skipped_has_that_problem_and_no_other()
    {
        corpus.Write("Outlet/blank.txt", " ");

        Assert.Equal("empty", corpus.Read().SingleProblem().Reason);
    }

    [Fact]
    public void A_text_file_given_directly_takes_its_folder_as_outlet_and_keeps_the_path_as_given()
    {
        var path = corpus.Write("Karvania Today/x.txt", "Text.");

        var article = TempCorpus.Read([path]).SingleArticle();

        Assert.Equal(("Karvania Today", path), (article.Outlet, article.Origin));
    }

    [Fact]
    public void A_csv_given_directly_does_not_take_its_folder_as_outlet()
    {
        corpus.Write("Downloads/data.csv", "title,text\nOne,Text.\n");

        Assert.Equal("no_outlet_column", corpus.ReadFile("Downloads/data.csv").SingleProblem().Reason);
    }

    [Fact]
    public void A_file_given_directly_with_an_unsupported_extension_is_skipped()
    {
        corpus.Write("data.xml", "<a/>");

        Assert.Equal("unsupported_extension", corpus.ReadFile("data.xml").SingleProblem().Reason);
    }

    [Fact]
    public void Reading_is_lazy()
    {
        corpus.Write("Outlet/a.txt", "A.");

        var items = InputCatalog.Read([corpus.Root], new ReaderOptions());
        corpus.Write("Outlet/b.txt", "B.");

        Assert.Equal(2, items.Count());
    }

    [Fact]
    public void A_folder_link_back_to_an_ancestor_is_not_followed_again()
    {
        corpus.Write("Outlet/x.txt", "Text.");
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(corpus.Root, "Outlet", "loop"), corpus.Root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return; // the file system does not allow links here
        }

        Assert.Equal("sample/Outlet/x.txt", corpus.Read().SingleArticle().Origin);
    }
}
