using System.Globalization;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Images;
using HalloBot.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.CommandLine;

/// <summary>
/// <c>backup FOLDER</c>: a consistent copy of the embedded set-up's state while the site keeps running: the SQLite
/// database through SQLite's online backup, the photos and the office's page texts. The search index is left out,
/// as <c>reindex</c> rebuilds it from the database. SQL Server and shared media are backed up by their own means
/// (docs/deployment.md).
/// </summary>
internal static class BackupCommand
{
    private static readonly string[] CopiedFolders = ["content"];

    public static async Task<int> RunAsync(IServiceProvider services, string folder, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (!services.MigratesOnStart())
        {
            await error.WriteLineAsync(
                "Fehler: backup sichert nur die eingebaute SQLite-Datenbank. Eine SQL-Server-Datenbank mit den Mitteln von SQL Server sichern (docs/deployment.md, „Backups“).");
            return CommandLineCommands.UsageError;
        }

        var parent = CommandLineCommands.ResolvePath(folder);
        if (!Directory.Exists(parent))
        {
            await error.WriteLineAsync($"Fehler: den Ordner {parent} gibt es nicht.");
            return CommandLineCommands.UsageError;
        }

        var data = services.GetRequiredService<DataDirectory>();
        string connectionString;
        await using (var scope = services.CreateAsyncScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>().Database.GetConnectionString() ?? "";
        }

        var databaseFile = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!File.Exists(databaseFile))
        {
            await error.WriteLineAsync($"Fehler: die Datenbank {databaseFile} gibt es nicht; es gibt nichts zu sichern.");
            return CommandLineCommands.UsageError;
        }

        var target = Path.Combine(parent, "hallobot-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        if (Directory.Exists(target))
        {
            await error.WriteLineAsync($"Fehler: {target} gibt es schon; eine Sekunde warten und erneut sichern.");
            return CommandLineCommands.Failure;
        }

        // Written beside and renamed when complete, so that a backup that failed never looks like a whole one.
        var partial = target + ".partial";
        try
        {
            Directory.CreateDirectory(partial);
            await using (var source = new SqliteConnection(connectionString))
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(partial, "hallobot.db"), Pooling = false }.ToString()))
            {
                await source.OpenAsync(cancellationToken);
                await copy.OpenAsync(cancellationToken);
                source.BackupDatabase(copy);
            }

            var media = services.GetRequiredService<IConfiguration>().GetSection(MediaOptions.Section).Get<MediaOptions>() ?? new MediaOptions();
            var files = CopyFolder(media.ResolveRoot(data.Path), Path.Combine(partial, "media"));
            foreach (var name in CopiedFolders)
            {
                files += CopyFolder(data.Combine(name), Path.Combine(partial, name));
            }

            Directory.Move(partial, target);
            await output.WriteLineAsync($"Gesichert nach {target}: die Datenbank und {files} Dateien (Fotos, Seitentexte). Den Suchindex baut „reindex“ nach einer Wiederherstellung neu auf.");
            return CommandLineCommands.Success;
        }
        finally
        {
            if (Directory.Exists(partial))
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(partial, recursive: true);
            }
        }
    }

    private static int CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return 0;
        }

        var count = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            try
            {
                File.Copy(file, destination);
                count++;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                // Removed while the backup ran (a photo deleted, a variant replaced): the database saved a moment
                // earlier may still name it, and the image job recreates sizes from the original where one is kept.
            }
        }

        return count;
    }
}
