using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ReportingEngine.Bench.Peers;

/// <summary>
/// Headless Chromium printing the notice's HTML to PDF, two ways: one <c>chromium --print-to-pdf</c> process per file
/// (how a shell script does it), and one browser printing every file through the DevTools protocol
/// (<c>Page.printToPDF</c>, as Playwright/Puppeteer do) — the fairer peer.
/// </summary>
internal static partial class ChromiumPeer
{
    public static string? Executable() => new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    /// <summary>One process per file; returns the PDFs written.</summary>
    public static int ProcessPerFile(string chromium, IReadOnlyList<string> htmlFiles, string outFolder, string profile)
    {
        Directory.CreateDirectory(outFolder);
        var written = 0;
        foreach (var html in htmlFiles)
        {
            var pdf = Path.Combine(outFolder, Path.GetFileNameWithoutExtension(html) + ".pdf");
            var start = Start(chromium, profile, $"--print-to-pdf={pdf}", "--no-pdf-header-footer", new Uri(html).AbsoluteUri);
            using var process = Process.Start(start)!;
            _ = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            written += File.Exists(pdf) && new FileInfo(pdf).Length > 0 ? 1 : 0;
        }

        return written;
    }

    /// <summary>One browser, one tab, every file navigated and printed in turn through the DevTools protocol.</summary>
    public static async Task<int> OneBrowserAsync(string chromium, IReadOnlyList<string> htmlFiles, string outFolder, string profile, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outFolder);
        using var process = Process.Start(Start(chromium, profile, "--remote-debugging-port=0", "about:blank"))!;
        try
        {
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            string? endpoint = null;
            while (endpoint is null && await process.StandardError.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                var match = DevToolsLine().Match(line);
                endpoint = match.Success ? match.Groups[1].Value : null;
            }

            _ = process.StandardError.ReadToEndAsync(cancellationToken);
            if (endpoint is null)
            {
                return 0;
            }

            using var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri(endpoint), cancellationToken).ConfigureAwait(false);
            var cdp = new DevTools(socket);
            var target = await cdp.CallAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, cancellationToken).ConfigureAwait(false);
            var attached = await cdp.CallAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, null, cancellationToken).ConfigureAwait(false);
            var session = attached["sessionId"]!.GetValue<string>();
            await cdp.CallAsync("Page.enable", [], session, cancellationToken).ConfigureAwait(false);
            var written = 0;
            foreach (var html in htmlFiles)
            {
                var loaded = cdp.WaitForEventAsync("Page.loadEventFired", cancellationToken);
                await cdp.CallAsync("Page.navigate", new JsonObject { ["url"] = new Uri(html).AbsoluteUri }, session, cancellationToken).ConfigureAwait(false);
                await loaded.ConfigureAwait(false);
                var printed = await cdp.CallAsync("Page.printToPDF", new JsonObject { ["preferCSSPageSize"] = true, ["printBackground"] = true }, session, cancellationToken).ConfigureAwait(false);
                var bytes = Convert.FromBase64String(printed["data"]!.GetValue<string>());
                await File.WriteAllBytesAsync(Path.Combine(outFolder, Path.GetFileNameWithoutExtension(html) + ".pdf"), bytes, cancellationToken).ConfigureAwait(false);
                written += bytes.Length > 0 ? 1 : 0;
            }

            await cdp.CallAsync("Browser.close", [], null, cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return written;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static ProcessStartInfo Start(string chromium, string profile, params string[] arguments)
    {
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", $"--user-data-dir={profile}" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();

    /// <summary>A minimal DevTools protocol client: numbered calls, one reader loop, events by method name.</summary>
    private sealed class DevTools
    {
        private readonly ClientWebSocket socket;
        private readonly Dictionary<int, TaskCompletionSource<JsonObject>> calls = [];
        private readonly List<(string Method, TaskCompletionSource Fired)> waits = [];
        private readonly Lock gate = new();
        private int next;

        public DevTools(ClientWebSocket socket)
        {
            this.socket = socket;
            _ = Task.Run(ReadLoopAsync);
        }

        public Task WaitForEventAsync(string method, CancellationToken cancellationToken)
        {
            var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (gate)
            {
                waits.Add((method, fired));
            }

            return fired.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        }

        public async Task<JsonObject> CallAsync(string method, JsonObject parameters, string? session, CancellationToken cancellationToken)
        {
            var result = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
            int id;
            lock (gate)
            {
                id = ++next;
                calls[id] = result;
            }

            var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
            if (session is not null)
            {
                message["sessionId"] = session;
            }

            await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
            return await result.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
        }

        private async Task ReadLoopAsync()
        {
            var buffer = new byte[1 << 20];
            using var message = new MemoryStream();
            while (socket.State == WebSocketState.Open)
            {
                WebSocketReceiveResult received;
                try
                {
                    received = await socket.ReceiveAsync(buffer, CancellationToken.None).ConfigureAwait(false);
                }
                catch (WebSocketException)
                {
                    return;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                var node = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                lock (gate)
                {
                    if (node["id"] is { } idNode && calls.Remove(idNode.GetValue<int>(), out var call))
                    {
                        if (node["error"] is { } error)
                        {
                            call.SetException(new InvalidOperationException(error.ToJsonString()));
                        }
                        else
                        {
                            call.SetResult(node["result"]?.AsObject() ?? []);
                        }
                    }
                    else if (node["method"]?.GetValue<string>() is { } method)
                    {
                        foreach (var wait in waits.Where(w => string.Equals(w.Method, method, StringComparison.Ordinal)).ToList())
                        {
                            waits.Remove(wait);
                            wait.Fired.SetResult();
                        }
                    }
                }
            }
        }
    }

    internal static string Rate(int count, TimeSpan elapsed) => (count / elapsed.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture);
}
