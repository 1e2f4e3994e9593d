using System.Diagnostics;
using System.Text.Json;
using SkiaSharp;
using Xunit.Abstractions;

namespace FramingAnalyzer.Tests.Report;

/// <summary>One image of the loaded page as the browser sees it.</summary>
public sealed record PageImage(string Alt, string Scheme, bool Complete, bool Decoded, int NaturalWidth, int NaturalHeight, double X, double Y, double Width, double Height)
{
    public bool Rendered => Complete && Decoded && NaturalWidth > 0 && NaturalHeight > 0;
}

/// <summary>What loading a report in Chromium produced: its images, every error the browser reported, every request, a screenshot.</summary>
public sealed record BrowserReportLoad(
    IReadOnlyList<PageImage> Images,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> RequestUrls,
    string ScreenshotPath,
    int ScreenshotWidth,
    int ScreenshotHeight,
    IReadOnlyList<string> BlankImagesInScreenshot)
{
    /// <summary>
    /// Opens the file in the session's page (network emulated offline), waits for the load event, reads the images
    /// (after decoding them), collects console errors, uncaught exceptions, log errors, JavaScript dialogs and requests,
    /// and saves a full-page screenshot as screenshotPath.
    /// </summary>
    public static async Task<BrowserReportLoad> LoadAsync(ChromiumSession browser, string htmlPath, string screenshotPath, ITestOutputHelper output)
    {
        var clock = Stopwatch.StartNew();
        await browser.PageAsync("Page.enable");
        await browser.PageAsync("Runtime.enable");
        await browser.PageAsync("Log.enable");
        await browser.PageAsync("Network.enable");
        // A self-contained report needs no network; with the page offline any attempt would also show up as an error.
        await browser.PageAsync("Network.emulateNetworkConditions", new { offline = true, latency = 0, downloadThroughput = -1, uploadThroughput = -1 });
        await browser.PageAsync("Emulation.setDeviceMetricsOverride", new { width = 1280, height = 900, deviceScaleFactor = 1, mobile = false });

        int from = browser.EventCount;
        var url = new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri;
        var navigation = await browser.PageAsync("Page.navigate", new { url });
        if (navigation.TryGetProperty("errorText", out var navigationError))
        {
            Assert.Fail($"Chromium could not open {url}: {navigationError.GetString()}");
        }
        // A script that got through would block the page with its alert() until the dialog is handled: dismiss each one
        // (it is reported as an error below) so that the test fails at once instead of waiting out the time-out.
        for (int next = from; ;)
        {
            var (loaded, index) = await browser.WaitForEventAsync(
                e => e.SessionId == browser.PageSession && e.Method is "Page.loadEventFired" or "Page.javascriptDialogOpening", next, "Page.loadEventFired");
            if (loaded.Method == "Page.loadEventFired") break;
            await browser.PageAsync("Page.handleJavaScriptDialog", new { accept = false });
            next = index + 1;
        }
        output.WriteLine($"Loaded {url} in {clock.ElapsedMilliseconds} ms.");

        var imageValues = await browser.EvaluateAsync("""
            (async () => {
              const images = [...document.images];
              const decoded = await Promise.all(images.map(i => i.decode().then(() => true, () => false)));
              return images.map((i, n) => {
                const r = i.getBoundingClientRect();
                return { alt: i.alt, scheme: i.currentSrc.split(':')[0], complete: i.complete, decoded: decoded[n],
                         naturalWidth: i.naturalWidth, naturalHeight: i.naturalHeight,
                         x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
              });
            })()
            """);
        var images = imageValues.EnumerateArray().Select(i => new PageImage(
            i.GetProperty("alt").GetString() ?? "", i.GetProperty("scheme").GetString() ?? "",
            i.GetProperty("complete").GetBoolean(), i.GetProperty("decoded").GetBoolean(),
            i.GetProperty("naturalWidth").GetInt32(), i.GetProperty("naturalHeight").GetInt32(),
            i.GetProperty("x").GetDouble(), i.GetProperty("y").GetDouble(),
            i.GetProperty("width").GetDouble(), i.GetProperty("height").GetDouble())).ToList();

        var metrics = await browser.PageAsync("Page.getLayoutMetrics");
        var content = metrics.GetProperty("cssContentSize");
        double width = Math.Ceiling(content.GetProperty("width").GetDouble()), height = Math.Ceiling(content.GetProperty("height").GetDouble());
        var shot = await browser.PageAsync("Page.captureScreenshot", new
        {
            format = "png",
            captureBeyondViewport = true,
            clip = new { x = 0, y = 0, width, height, scale = 1 },
        });
        var png = Convert.FromBase64String(shot.GetProperty("data").GetString() ?? "");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(screenshotPath))!);
        await File.WriteAllBytesAsync(screenshotPath, png);

        // A last round trip: events are delivered in order, so everything the page logged before it has arrived.
        await browser.EvaluateAsync("document.readyState");
        var events = browser.Events.Skip(from).ToList();

        var (shotWidth, shotHeight, blank) = InspectScreenshot(png, images);
        output.WriteLine($"Screenshot {shotWidth}x{shotHeight} px saved as {screenshotPath}; {images.Count} images; {events.Count} events; {clock.ElapsedMilliseconds} ms in the browser.");
        return new BrowserReportLoad(images, CollectErrors(events), CollectRequestUrls(events), screenshotPath, shotWidth, shotHeight, blank);
    }

    /// <summary>Every console error, uncaught exception, error log entry and JavaScript dialog, described in one line each.</summary>
    private static List<string> CollectErrors(IEnumerable<CdpEvent> events)
    {
        var errors = new List<string>();
        foreach (var e in events)
        {
            switch (e.Method)
            {
                case "Runtime.consoleAPICalled" when e.Params.GetProperty("type").GetString() is "error" or "assert":
                    var arguments = e.Params.GetProperty("args").EnumerateArray()
                        .Select(a => a.TryGetProperty("value", out var v) ? v.ToString() : a.TryGetProperty("description", out var d) ? d.GetString() : a.ToString());
                    errors.Add($"console.{e.Params.GetProperty("type").GetString()}: {string.Join(" ", arguments)}");
                    break;
                case "Runtime.exceptionThrown":
                    var details = e.Params.GetProperty("exceptionDetails");
                    var description = details.TryGetProperty("exception", out var exception) && exception.TryGetProperty("description", out var text)
                        ? text.GetString() : details.GetProperty("text").GetString();
                    errors.Add($"uncaught exception: {description}");
                    break;
                case "Log.entryAdded" when e.Params.GetProperty("entry").GetProperty("level").GetString() == "error":
                    var entry = e.Params.GetProperty("entry");
                    errors.Add($"log error ({entry.GetProperty("source").GetString()}): {entry.GetProperty("text").GetString()}" +
                               (entry.TryGetProperty("url", out var at) ? $" at {at.GetString()}" : ""));
                    break;
                case "Network.loadingFailed":
                    errors.Add($"request failed: {e.Params.GetProperty("errorText").GetString()}");
                    break;
                case "Page.javascriptDialogOpening":
                    errors.Add($"a script opened a {e.Params.GetProperty("type").GetString()} dialog: {e.Params.GetProperty("message").GetString()}");
                    break;
            }
        }
        return errors;
    }

    private static List<string> CollectRequestUrls(IEnumerable<CdpEvent> events) =>
        events.Where(e => e.Method == "Network.requestWillBeSent")
            .Select(e => e.Params.GetProperty("request").GetProperty("url").GetString() ?? "")
            .ToList();

    /// <summary>The screenshot's size, and the alt text of every image whose area in the screenshot is one flat colour.</summary>
    private static (int Width, int Height, List<string> Blank) InspectScreenshot(byte[] png, IReadOnlyList<PageImage> images)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidDataException("Chromium's screenshot is not a readable PNG.");
        var blank = new List<string>();
        foreach (var image in images)
        {
            var colours = new HashSet<SKColor>();
            int left = (int)Math.Max(0, image.X), top = (int)Math.Max(0, image.Y);
            int right = (int)Math.Min(bitmap.Width, image.X + image.Width), bottom = (int)Math.Min(bitmap.Height, image.Y + image.Height);
            for (int y = top; y < bottom; y += 3)
            {
                for (int x = left; x < right; x += 3) colours.Add(bitmap.GetPixel(x, y));
            }
            if (colours.Count < 2) blank.Add(image.Alt);
        }
        return (bitmap.Width, bitmap.Height, blank);
    }
}
