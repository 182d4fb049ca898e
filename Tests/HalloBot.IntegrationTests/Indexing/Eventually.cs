using System.Diagnostics;

namespace HalloBot.IntegrationTests.Indexing;

/// <summary>Waits for background work by polling its outcome, never by sleeping a fixed time.</summary>
public static class Eventually
{
    /// <summary>Generous: the machine is shared, and a condition that holds ends the wait at once.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <param name="describe">What the state was when the wait gave up, for the failure message.</param>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, Func<Task<string>>? describe = null, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > (timeout ?? DefaultTimeout))
            {
                var state = describe is null ? "" : $" State: {await describe()}";
                Assert.Fail($"Timed out after {clock.Elapsed.TotalSeconds:0.0} s waiting until {what}.{state}");
            }

            await Task.Delay(50);
        }
    }
}
