using HalloBot.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Exchange;

/// <summary>A data folder of its own for one test, with the site's SQLite database in it; deleted afterwards.</summary>
public sealed class TempDataFolder : IDisposable
{
    public TempDataFolder()
    {
        Path = Directory.CreateTempSubdirectory("hallobot-exchange-").FullName;
    }

    public string Path { get; }

    /// <summary>Where the site keeps its database inside the data folder.</summary>
    public string DatabaseFile => System.IO.Path.Combine(Path, "hallobot.db");

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>A context on the folder's database file, migrated like the site does on start.</summary>
    public async Task<SqliteHalloBotDbContext> OpenDatabaseAsync()
    {
        var db = new SqliteHalloBotDbContext(new DbContextOptionsBuilder<SqliteHalloBotDbContext>()
            .UseSqlite($"Data Source={DatabaseFile}")
            .Options);
        await db.Database.MigrateAsync();
        return db;
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the test that used it.
        }
    }
}
