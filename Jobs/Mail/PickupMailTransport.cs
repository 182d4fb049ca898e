using MimeKit;

namespace HalloBot.Jobs.Mail;

/// <summary>
/// Writes each message as an <c>.eml</c> file into the pickup folder: the embedded default, and what the
/// tests read. The file appears whole or not at all (written beside, then moved).
/// </summary>
public sealed class PickupMailTransport(string directory) : IMailTransport
{
    public string Directory { get; } = directory;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(Directory, "." + name + ".tmp");
        await using (var stream = File.Create(temporary))
        {
            await message.WriteToAsync(stream, cancellationToken);
        }

        File.Move(temporary, Path.Combine(Directory, name));
    }
}
