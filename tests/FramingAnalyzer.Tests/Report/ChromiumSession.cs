using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FramingAnalyzer.Tests.Report;

/// <summary>One event received from the browser over the DevTools Protocol.</summary>
public sealed record CdpEvent(string Method, JsonElement Params, string? SessionId);

/// <summary>A DevTools command answered with an error, or a browser that went away while a command was pending.</summary>
public sealed class CdpException(string message) : Exception(message);

/// <summary>
/// A headless Chromium driven over the Chrome DevTools Protocol (one WebSocket to the browser, one page attached as a
/// flattened session). Every wait has a time-out, so a hung browser fails a test instead of hanging the run; Dispose
/// always kills the process (by its own id, with its children) and deletes the temporary profile folder.
/// </summary>
public sealed class ChromiumSession : IDisposable
{
    /// <summary>Environment variable that names the browser executable explicitly.</summary>
    public const string BrowserVariable = "FRAMING_CHROMIUM";

    private static readonly string[] Candidates =
    [
        "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
        "/snap/bin/chromium", "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    ];

    private static readonly string[] PathNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "chrome.exe"];

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly List<CdpEvent> _events = [];
    private readonly List<(Func<CdpEvent, bool> Match, TaskCompletionSource<(CdpEvent, int)> Done)> _waiters = [];
    private readonly StringBuilder _browserOutput = new();
    private Task? _receiveLoop;
    private int _nextId;
    private string? _closedReason;
    private bool _disposed;

    private ChromiumSession(Process process, string profile, TimeSpan timeout)
    {
        _process = process;
        _profile = profile;
        Timeout = timeout;
    }

    /// <summary>Time-out of each command and each wait.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The flattened session id of the page target.</summary>
    public string PageSession { get; private set; } = "";

    /// <summary>The last lines the browser printed on stdout/stderr (for failure messages).</summary>
    public string BrowserOutput
    {
        get
        {
            string text;
            lock (_browserOutput) text = _browserOutput.ToString();
            return text.Length <= 2000 ? text : "…" + text[^2000..];
        }
    }

    /// <summary>The browser executable: $FRAMING_CHROMIUM, a well-known install path, or chromium/chrome on PATH; null if none.</summary>
    public static string? FindExecutable()
    {
        var configured = Environment.GetEnvironmentVariable(BrowserVariable);
        if (!string.IsNullOrWhiteSpace(configured)) return File.Exists(configured) ? configured : null;
        foreach (var candidate in Candidates)
        {
            if (File.Exists(candidate)) return candidate;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in PathNames)
            {
                var full = Path.Combine(dir, name);
                if (File.Exists(full)) return full;
            }
        }
        return null;
    }

    /// <summary>Starts a headless browser with a fresh profile, connects to it and attaches to a new blank page.</summary>
    public static async Task<ChromiumSession> StartAsync(string executable, TimeSpan timeout)
    {
        var profile = Path.Combine(Path.GetTempPath(), "framing-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var info = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--no-first-run", "--no-default-browser-check", "--disable-sync", "--disable-quic", "--disable-extensions",
                     "--mute-audio", "--hide-scrollbars", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank",
                 })
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new CdpException($"Could not start {executable}.");
        }
        catch
        {
            TryDeleteFolder(profile);
            throw;
        }

        var session = new ChromiumSession(process, profile, timeout);
        try
        {
            process.OutputDataReceived += (_, e) => session.Record(e.Data);
            process.ErrorDataReceived += (_, e) => session.Record(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await session.ConnectAsync().ConfigureAwait(false);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Sends a command to the page and returns its result; throws on a protocol error or after the time-out.</summary>
    public Task<JsonElement> PageAsync(string method, object? parameters = null) => SendAsync(method, parameters, PageSession);

    /// <summary>Sends a command (to the browser when sessionId is null) and returns its result.</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters = null, string? sessionId = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int id = Interlocked.Increment(ref _nextId);
        var done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = done;
        if (_closedReason is not null) done.TrySetException(new CdpException(_closedReason));

        var message = new JsonObject { ["id"] = id, ["method"] = method };
        message["params"] = parameters is null ? new JsonObject() : JsonSerializer.SerializeToNode(parameters);
        if (sessionId is not null) message["sessionId"] = sessionId;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }
            return await done.Task.WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Chromium did not answer {method} within {Timeout.TotalSeconds:0} s.\n{BrowserOutput}");
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    /// <summary>Number of events received so far; pass it to <see cref="WaitForEventAsync"/> to wait only for later ones.</summary>
    public int EventCount
    {
        get { lock (_events) return _events.Count; }
    }

    /// <summary>A snapshot of every event received so far.</summary>
    public IReadOnlyList<CdpEvent> Events
    {
        get { lock (_events) return [.. _events]; }
    }

    /// <summary>Waits for the first event named method (from index from on) that also satisfies match.</summary>
    public async Task<CdpEvent> WaitForEventAsync(string method, int from = 0, Func<CdpEvent, bool>? match = null) =>
        (await WaitForEventAsync(e => e.Method == method && (match is null || match(e)), from, method).ConfigureAwait(false)).Event;

    /// <summary>Waits for the first event (from index from on) that satisfies match, and returns it with its index.</summary>
    /// <param name="description">What is awaited, for the time-out message.</param>
    public async Task<(CdpEvent Event, int Index)> WaitForEventAsync(Func<CdpEvent, bool> match, int from, string description)
    {
        var done = new TaskCompletionSource<(CdpEvent, int)>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_events)
        {
            for (int i = from; i < _events.Count; i++)
            {
                if (match(_events[i])) return (_events[i], i);
            }
            if (_closedReason is not null) throw new CdpException(_closedReason);
            _waiters.Add((match, done));
        }
        try
        {
            return await done.Task.WaitAsync(Timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Chromium did not send {description} within {Timeout.TotalSeconds:0} s.\n{BrowserOutput}");
        }
        finally
        {
            lock (_events) _waiters.RemoveAll(w => w.Done == done);
        }
    }

    /// <summary>Evaluates an expression in the page (awaiting a promise) and returns its value as JSON.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await PageAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true }).ConfigureAwait(false);
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new CdpException($"The page threw while evaluating a check: {exception}");
        }
        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            if (_socket.State == WebSocketState.Open && _closedReason is null)
            {
                // Ask politely first; the kill below happens regardless.
                var close = Encoding.UTF8.GetBytes("""{"id":2147483647,"method":"Browser.close","params":{}}""");
                _socket.SendAsync(close, WebSocketMessageType.Text, true, CancellationToken.None).Wait(TimeSpan.FromSeconds(2));
                _process.WaitForExit(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception e) when (e is WebSocketException or AggregateException or InvalidOperationException or ObjectDisposedException)
        {
            // Best effort; the process is killed below.
        }
        _stop.Cancel();
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
        _socket.Abort();
        _socket.Dispose();
        try { _receiveLoop?.Wait(TimeSpan.FromSeconds(5)); }
        catch (AggregateException) { /* the loop ends by failing; nothing to report any more */ }
        _process.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
        TryDeleteFolder(_profile);
    }

    private async Task ConnectAsync()
    {
        var portFile = Path.Combine(_profile, "DevToolsActivePort");
        var deadline = Stopwatch.StartNew();
        string[]? lines = null;
        while (deadline.Elapsed < Timeout)
        {
            if (File.Exists(portFile))
            {
                try
                {
                    lines = (await File.ReadAllLinesAsync(portFile).ConfigureAwait(false)).Where(l => l.Length > 0).ToArray();
                }
                catch (IOException)
                {
                    lines = null;
                }
                if (lines is { Length: >= 2 }) break;
            }
            if (_process.HasExited)
            {
                throw new CdpException($"Chromium exited with code {_process.ExitCode} before opening its DevTools port.\n{BrowserOutput}");
            }
            await Task.Delay(50).ConfigureAwait(false);
        }
        if (lines is not { Length: >= 2 }) throw new TimeoutException($"Chromium did not write {portFile} within {Timeout.TotalSeconds:0} s.\n{BrowserOutput}");

        var endpoint = new Uri($"ws://127.0.0.1:{int.Parse(lines[0], System.Globalization.CultureInfo.InvariantCulture)}{lines[1]}");
        using (var connect = new CancellationTokenSource(Timeout))
        {
            await _socket.ConnectAsync(endpoint, connect.Token).ConfigureAwait(false);
        }
        _receiveLoop = Task.Run(ReceiveLoopAsync);

        var target = await SendAsync("Target.createTarget", new { url = "about:blank" }).ConfigureAwait(false);
        var targetId = target.GetProperty("targetId").GetString();
        var attached = await SendAsync("Target.attachToTarget", new { targetId, flatten = true }).ConfigureAwait(false);
        PageSession = attached.GetProperty("sessionId").GetString() ?? throw new CdpException("Target.attachToTarget returned no session id.");
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        string reason = "The connection to Chromium closed.";
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage) continue;
                Dispatch(message.ToArray());
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            reason = $"The connection to Chromium was lost ({e.GetType().Name}: {e.Message}).";
        }
        finally
        {
            Close(reason);
        }
    }

    private void Dispatch(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var idElement) && idElement.TryGetInt32(out var id))
        {
            if (!_pending.TryGetValue(id, out var done)) return;
            if (root.TryGetProperty("error", out var error)) done.TrySetException(new CdpException($"DevTools error: {error}"));
            else done.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
            return;
        }
        if (!root.TryGetProperty("method", out var methodElement)) return;
        var e = new CdpEvent(
            methodElement.GetString() ?? "",
            root.TryGetProperty("params", out var parameters) ? parameters.Clone() : default,
            root.TryGetProperty("sessionId", out var session) ? session.GetString() : null);
        lock (_events)
        {
            _events.Add(e);
            foreach (var waiter in _waiters)
            {
                if (waiter.Match(e)) waiter.Done.TrySetResult((e, _events.Count - 1));
            }
        }
    }

    private void Close(string reason)
    {
        lock (_events)
        {
            _closedReason ??= reason;
            foreach (var waiter in _waiters) waiter.Done.TrySetException(new CdpException(reason));
        }
        foreach (var pending in _pending.Values) pending.TrySetException(new CdpException(reason));
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_browserOutput)
        {
            if (_browserOutput.Length < 64 * 1024) _browserOutput.AppendLine(line);
        }
    }

    private static void TryDeleteFolder(string folder)
    {
        for (int attempt = 0; attempt < 5 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(200);
            }
        }
    }
}
