using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HalloBot.Jobs.Retention;

/// <summary>
/// Deletes membership invitations (the invitee's address) <see cref="RetentionOptions.InvitationDays"/> after they
/// expired unaccepted or were accepted: the membership itself records an accepted one.
/// </summary>
public sealed class InvitationRetentionJob(HalloBotDbContext db, IOptions<RetentionOptions> options, TimeProvider time)
{
    public const string Id = "retention-invitations";

    /// <returns>The number of invitations deleted.</returns>
    public Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.InvitationDays);
        return db.MembershipInvitations
            .Where(i => i.AcceptedAt == null ? i.ExpiresAt < cutoff : i.AcceptedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
