using System.Security.Cryptography;
using System.Text;

namespace HalloBot.Jobs.Mail;

/// <summary>
/// What remains of a mail's deduplication key once the mail's personal data is erased: keys name the recipient
/// (notification and address), so the erased row keeps a hash of it instead, and <see cref="MailQueue"/> looks for both
/// forms. A notification retried after the erasure still finds its mail queued and queues no second copy.
/// </summary>
public static class RetainedMailKey
{
    public const string Prefix = "retained:";

    public static string Of(string deduplicationKey) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(deduplicationKey)));

    public static bool IsRetained(string deduplicationKey) => deduplicationKey.StartsWith(Prefix, StringComparison.Ordinal);
}
