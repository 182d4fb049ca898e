using HalloBot.Domain.Exchange;
using HalloBot.Search;
using HalloBot.Web.Features.Account;
using HalloBot.Web.Infrastructure;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.CommandLine;

/// <summary>The site's command line: <c>import FILE</c>, <c>export FILE</c>, <c>migrate</c>, <c>reindex</c>, <c>backup FOLDER</c>, <c>create-admin EMAIL</c>.</summary>
internal static class CommandLineCommands
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    private const string Usage =
        "usage: HalloBot.Web import FILE | export FILE | migrate | reindex | backup FOLDER | create-admin EMAIL [--HalloBot:DataDirectory=FOLDER]";

    private static readonly string[] Commands = ["import", "export", "migrate", "reindex", "backup", "create-admin"];

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && Commands.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    /// <summary>A command runs beside the site, which holds the embedded index's writer: it may only rebuild the index.</summary>
    public static SearchIndexAccess IndexAccess(string[] args) =>
        IsCommand(args) ? SearchIndexAccess.RebuildOnly : SearchIndexAccess.Full;

    /// <summary>
    /// Quietens the host for a command: only warnings, and those on stderr, so that stdout carries
    /// the command's own report. Also reads the <c>--key=value</c> settings once more: the host's own
    /// command-line parser takes an absolute path such as <c>/tmp/x.csv</c> for a <c>/key</c> switch and
    /// would swallow the setting that follows it as that switch's value.
    /// </summary>
    public static void ConfigureHost(IHostApplicationBuilder builder, string[] args)
    {
        if (!IsCommand(args))
        {
            return;
        }

        builder.Configuration.AddCommandLine(SettingArguments(args).ToArray());
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("System", LogLevel.Warning);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    public static Task<int> RunAsync(IServiceProvider services, string[] args) =>
        RunAsync(services, args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var words = PositionalArguments(args).ToList();
        var command = words[0].ToLowerInvariant();
        try
        {
            return (command, words.Count) switch
            {
                ("import", 2) => await ImportAsync(services, words[1], output, error),
                ("export", 2) => await ExportAsync(services, words[1], output, error),
                ("migrate", 1) => await MigrateAsync(services, output),
                ("reindex", 1) => await ReindexCommand.RunAsync(services, output),
                ("backup", 2) => await BackupCommand.RunAsync(services, words[1], output, error),
                ("create-admin", 2) => await CreateAdminCommand.RunAsync(services, words[1], output, error),
                _ => await UsageAsync(error),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await error.WriteLineAsync($"error: {command} failed: {e.GetType().Name}: {e.Message}");
            return Failure;
        }
    }

    /// <summary>
    /// The absolute path of a FILE argument. <c>dotnet run --project Web</c> starts the program in the
    /// project's folder, so a relative path would land in Web/ rather than where the user typed it; the
    /// shell's folder survives in <c>PWD</c>, which is therefore preferred when it names a folder.
    /// Where <c>PWD</c> is not set (Windows, a service), the current directory is used.
    /// </summary>
    internal static string ResolvePath(string file)
    {
        var pwd = Environment.GetEnvironmentVariable("PWD");
        return Path.IsPathRooted(file) || string.IsNullOrEmpty(pwd) || !Path.IsPathRooted(pwd) || !Directory.Exists(pwd)
            ? Path.GetFullPath(file)
            : Path.GetFullPath(file, pwd);
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string file, TextWriter output, TextWriter error)
    {
        var path = ResolvePath(file);
        if (!File.Exists(path))
        {
            await error.WriteLineAsync(ExchangeMessages.FileMissing(path));
            return UsageError;
        }

        await MigrateSqliteAsync(services);
        await using var scope = services.CreateAsyncScope();
        var importer = ActivatorUtilities.CreateInstance<ListingImporter>(scope.ServiceProvider);
        ListingImportReport report;
        await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            report = await importer.ImportAsync(stream);
        }

        foreach (var warning in report.Warnings)
        {
            await error.WriteLineAsync(ExchangeMessages.Warning(warning));
        }

        if (!report.Succeeded)
        {
            await error.WriteLineAsync(ExchangeMessages.ImportRefused(path, report.Errors.Count));
            foreach (var message in report.Errors)
            {
                await error.WriteLineAsync(message.ToString());
            }

            return Failure;
        }

        await output.WriteLineAsync(ExchangeMessages.Imported(path, report));
        return Success;
    }

    private static async Task<int> ExportAsync(IServiceProvider services, string file, TextWriter output, TextWriter error)
    {
        var path = ResolvePath(file);
        var folder = Path.GetDirectoryName(path);
        if (folder is null || !Directory.Exists(folder))
        {
            await error.WriteLineAsync(ExchangeMessages.FolderMissing(folder));
            return UsageError;
        }

        await MigrateSqliteAsync(services);
        await using var scope = services.CreateAsyncScope();
        var exporter = ActivatorUtilities.CreateInstance<ListingExporter>(scope.ServiceProvider);

        // Written beside and moved into place, so that a failed export never leaves half a file behind.
        var partial = path + ".partial";
        int count;
        try
        {
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                count = await exporter.ExportAsync(stream);
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        await output.WriteLineAsync(ExchangeMessages.Exported(count, path));
        return Success;
    }

    private static async Task<int> MigrateAsync(IServiceProvider services, TextWriter output)
    {
        await services.MigrateDatabaseAsync();
        var provider = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        await output.WriteLineAsync($"The {provider} database is up to date.");
        return Success;
    }

    private static async Task<int> UsageAsync(TextWriter error)
    {
        await error.WriteLineAsync(Usage);
        return UsageError;
    }

    /// <summary>The SQLite file is the site's own and is brought up to date before use; SQL Server is migrated on purpose, with <c>migrate</c>.</summary>
    private static async Task MigrateSqliteAsync(IServiceProvider services)
    {
        if (services.MigratesOnStart())
        {
            await services.MigrateDatabaseAsync();
        }
    }

    /// <summary>The words of the command: everything but <c>--key=value</c> and <c>--key value</c> settings.</summary>
    private static IEnumerable<string> PositionalArguments(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (IsSetting(args[i]))
            {
                i += args[i].Contains('=') ? 0 : 1;
                continue;
            }

            yield return args[i];
        }
    }

    private static IEnumerable<string> SettingArguments(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (!IsSetting(args[i]))
            {
                continue;
            }

            yield return args[i];
            if (!args[i].Contains('=') && i + 1 < args.Length)
            {
                yield return args[++i];
            }
        }
    }

    private static bool IsSetting(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2;
}
