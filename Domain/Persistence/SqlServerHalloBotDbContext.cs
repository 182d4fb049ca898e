using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HalloBot.Domain.Persistence;

public sealed class SqlServerHalloBotDbContext(DbContextOptions<SqlServerHalloBotDbContext> options)
    : HalloBotDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the SQL Server context; no server is contacted to add a migration.</summary>
public sealed class SqlServerHalloBotDbContextFactory : IDesignTimeDbContextFactory<SqlServerHalloBotDbContext>
{
    public SqlServerHalloBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerHalloBotDbContext>()
            .UseSqlServer("Server=localhost;Database=HalloBot;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);
}
