using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Admin.Exchange;

/// <summary>
/// A few imports per staff member and window: an import holds a write transaction over every listing while it
/// runs, so a repeated click or a script must not queue up dozens of them.
/// </summary>
public sealed class ImportRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ImportRateLimiter(IOptions<AdminOptions> options)
    {
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(memberId => RateLimitPartition.GetFixedWindowLimiter(memberId, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = limits.ImportsPerWindow, Window = limits.ImportWindow, QueueLimit = 0 }));
    }

    /// <summary>True when the member may import now; counts the attempt.</summary>
    public bool TryAcquire(string memberId)
    {
        using var lease = _limiter.AttemptAcquire(memberId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
