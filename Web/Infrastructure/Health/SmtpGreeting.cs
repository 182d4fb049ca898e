using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace HalloBot.Web.Infrastructure.Health;

/// <summary>The first steps of an SMTP session (RFC 5321): greeting, EHLO, QUIT. Throws when the server does not answer as it must.</summary>
internal static class SmtpGreeting
{
    public static async Task ExchangeAsync(string host, int port, bool tlsOnConnect, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(host, port, cancellationToken);
        Stream stream = client.GetStream();
        if (tlsOnConnect)
        {
            var tls = new SslStream(stream, leaveInnerStreamOpen: false);
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = host }, cancellationToken);
            stream = tls;
        }

        await using (stream)
        {
            using var reader = new StreamReader(stream, Encoding.ASCII, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            await ExpectAsync(reader, 220, "greeting", cancellationToken);
            await WriteLineAsync(stream, "EHLO hallobot-health", cancellationToken);
            await ExpectAsync(reader, 250, "EHLO", cancellationToken);
            await WriteLineAsync(stream, "QUIT", cancellationToken);
        }
    }

    private static async Task WriteLineAsync(Stream stream, string line, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"), cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    /// <summary>Reads one reply, multi-line ("250-…" lines up to a "250 …" line) included.</summary>
    private static async Task ExpectAsync(TextReader reader, int code, string step, CancellationToken cancellationToken)
    {
        while (true)
        {
            var line = await reader.ReadLineAsync(cancellationToken)
                ?? throw new IOException($"The SMTP server closed the connection at the {step}.");
            if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var reply))
            {
                throw new IOException($"The SMTP server's {step} reply is not SMTP.");
            }

            if (reply != code)
            {
                throw new IOException($"The SMTP server answered the {step} with {reply}, not {code}.");
            }

            if (line.Length == 3 || line[3] != '-')
            {
                return;
            }
        }
    }
}
