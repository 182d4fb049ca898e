using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HalloBot.Domain.Persistence;

public sealed class SqliteHalloBotDbContext(DbContextOptions<SqliteHalloBotDbContext> options)
    : HalloBotDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the site.</summary>
public sealed class SqliteHalloBotDbContextFactory : IDesignTimeDbContextFactory<SqliteHalloBotDbContext>
{
    public SqliteHalloBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHalloBotDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .Options);
}
