using HalloBot.Domain.Accounts;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Retention;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Account;

/// <summary>
/// Deletes accounts whose address was never confirmed <see cref="RetentionOptions.UnconfirmedAccountDays"/> after they
/// were registered, through <see cref="AccountDeletion"/> (their confirmation mails go with them). Someone may have
/// typed another person's address; that person never agreed to be stored. Accounts with a role (an admin created on
/// the command line who has not set a password yet) are the office's to remove.
/// </summary>
public sealed partial class UnconfirmedAccountCleanupJob(
    HalloBotDbContext db,
    UserManager<Member> users,
    AccountDeletion deletion,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<UnconfirmedAccountCleanupJob> logger)
{
    public const string Id = "retention-unconfirmed-accounts";

    /// <returns>The number of accounts deleted.</returns>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.UnconfirmedAccountDays);
        var due = await db.Users.AsNoTracking()
            .Where(m => !m.EmailConfirmed && m.CreatedAt < cutoff && !db.UserRoles.Any(r => r.UserId == m.Id))
            .OrderBy(m => m.CreatedAt)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var id in due)
        {
            if (await users.FindByIdAsync(id) is not { EmailConfirmed: false } member)
            {
                continue;
            }

            var result = await deletion.DeleteAsync(member, cancellationToken);
            if (result.Succeeded)
            {
                deleted++;
            }
            else
            {
                // Logged by id only: the address is personal data.
                LogNotDeleted(logger, id, string.Join("; ", result.Errors.Select(e => e.Code)));
            }
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unconfirmed account {MemberId} could not be deleted: {Errors}")]
    private static partial void LogNotDeleted(ILogger logger, string memberId, string errors);
}
