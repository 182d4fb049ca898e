using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Infrastructure;

internal static class DatabaseExtensions
{
    public static IHostApplicationBuilder AddHalloBotDatabase(this IHostApplicationBuilder builder, DataDirectory dataDirectory)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            builder.Services.AddDbContextPool<SqlServerHalloBotDbContext>(db => db.UseSqlServer(options.ConnectionString ?? ""));
            builder.Services.AddScoped<HalloBotDbContext>(sp => sp.GetRequiredService<SqlServerHalloBotDbContext>());
        }
        else
        {
            var connectionString = string.IsNullOrWhiteSpace(options.ConnectionString)
                ? $"Data Source={dataDirectory.Combine("hallobot.db")}"
                : options.ConnectionString;
            // SQLite rebuilds a table to change a column and switches foreign keys off around it, outside the
            // migration's transaction; EF Core warns about that on every fresh database. It is how SQLite migrates,
            // not a fault, and must not reach the command line's stderr: log it as information.
            builder.Services.AddDbContextPool<SqliteHalloBotDbContext>(db => db
                .UseSqlite(connectionString)
                .ConfigureWarnings(warnings => warnings.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information))));
            builder.Services.AddScoped<HalloBotDbContext>(sp => sp.GetRequiredService<SqliteHalloBotDbContext>());
        }

        return builder;
    }

    /// <summary>Brings the schema up to date; on SQLite this runs at every start.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }

    public static bool MigratesOnStart(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Sqlite;
}
