using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HalloBot.IntegrationTests.Operations;

/// <summary>An SMTP server on 127.0.0.1 that speaks just enough of RFC 5321 for a health probe, and records the commands it got.</summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    public enum Behaviour
    {
        Answers,
        Refuses,
    }

    private readonly TcpListener _listener;
    private readonly Behaviour _behaviour;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _commands = [];
    private readonly Task _serving;

    private FakeSmtpServer(Behaviour behaviour)
    {
        _behaviour = behaviour;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _serving = ServeAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }
    }

    public static FakeSmtpServer Start(Behaviour behaviour) => new(behaviour);

    private async Task ServeAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                try
                {
                    await ConverseAsync(client);
                }
                catch (IOException)
                {
                    // The probe may hang up without waiting for the last reply.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        catch (ObjectDisposedException)
        {
            // Stopped while accepting.
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        if (_behaviour == Behaviour.Refuses)
        {
            await writer.WriteLineAsync("554 5.3.2 No service here");
            return;
        }

        await writer.WriteLineAsync("220 fake.example ESMTP");
        while (await reader.ReadLineAsync(_stop.Token) is { } command)
        {
            lock (_commands)
            {
                _commands.Add(command);
            }

            if (command.StartsWith("EHLO", StringComparison.Ordinal))
            {
                await writer.WriteLineAsync("250-fake.example greets you");
                await writer.WriteLineAsync("250-SIZE 10240000");
                await writer.WriteLineAsync("250 STARTTLS");
            }
            else if (command == "QUIT")
            {
                await writer.WriteLineAsync("221 2.0.0 Bye");
                return;
            }
            else
            {
                await writer.WriteLineAsync("502 5.5.1 Not implemented");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving;
        _stop.Dispose();
    }
}
