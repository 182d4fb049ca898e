using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace HalloBot.Tests.Shared;

/// <summary>
/// A real SMTP server for a test: Debian's aiosmtpd on 127.0.0.1 with a handler that stores every message
/// (Tests/Shared/smtp_sink.py) and refuses recipients starting with "reject". It can be stopped and started
/// again on the same port to play a mail server that is down.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    /// <summary>Debian's interpreter: the python3 on PATH may be another install that lacks Debian's modules.</summary>
    private const string Python = "/usr/bin/python3";

    private Process? _process;

    private SmtpServer(int port, string directory)
    {
        Port = port;
        Directory = directory;
    }

    public int Port { get; }

    /// <summary>Where received messages land, one <c>.eml</c> file each.</summary>
    public string Directory { get; }

    public bool IsRunning => _process is { HasExited: false };

    public static async Task<SmtpServer> StartAsync()
    {
        var server = new SmtpServer(FreePort(), System.IO.Directory.CreateTempSubdirectory("hallobot-smtp-").FullName);
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        if (IsRunning)
        {
            return;
        }

        var info = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "smtp_sink.Sink", Directory },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["PYTHONPATH"] = AppContext.BaseDirectory;
        _process = Process.Start(info) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"aiosmtpd exited with {_process.ExitCode}; is Debian's python3-aiosmtpd installed (test.sh installs it)?");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"aiosmtpd did not listen on 127.0.0.1:{Port} within 20 s.");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>The messages received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        System.IO.Directory.GetFiles(Directory, "*.eml")
            .Order(StringComparer.Ordinal)
            .Select(path => MimeMessage.Load(path))
            .ToList();

    /// <summary>Waits until at least <paramref name="count"/> messages are in (mail goes through background jobs).</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var messages = Messages();
            if (messages.Count >= count || DateTime.UtcNow >= deadline)
            {
                return messages;
            }

            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
