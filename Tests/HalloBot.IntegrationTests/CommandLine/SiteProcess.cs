using System.Diagnostics;

namespace HalloBot.IntegrationTests.CommandLine;

/// <summary>Runs the real program (<c>dotnet HalloBot.Web.dll …</c>) from the test's output folder, as an operator would.</summary>
public static class SiteProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Task<Result> RunAsync(string? dataDirectory, params string[] args) =>
        RunInAsync(AppContext.BaseDirectory, Environment.GetEnvironmentVariable("PWD"), dataDirectory, args);

    /// <summary>Runs in <paramref name="workingDirectory"/> with <c>PWD</c> set to <paramref name="pwd"/> (unset where null), as <c>dotnet run</c> does from a shell.</summary>
    public static async Task<Result> RunInAsync(string workingDirectory, string? pwd, string? dataDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HalloBot.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment.Remove("PWD");
        if (pwd is not null)
        {
            start.Environment["PWD"] = pwd;
        }

        start.Environment.Remove("HalloBot__DataDirectory");
        if (dataDirectory is not null)
        {
            start.Environment["HalloBot__DataDirectory"] = dataDirectory;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
