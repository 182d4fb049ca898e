using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace HalloBot.Web.Infrastructure;

/// <summary>
/// Hangfire's logging is process-wide: its classes keep the logger of the first host that configured it. When that
/// host is gone (one of several test hosts in a process, or a command run before the site), logging through it
/// would throw <see cref="ObjectDisposedException"/> from the disposed logger factory and take the caller down.
/// This provider loses such a message instead.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name) => new SafeLog(_inner, name);

    private sealed class SafeLog(AspNetCoreLogProvider provider, string name) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return provider.GetLogger(name).Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
