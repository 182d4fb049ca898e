using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HalloBot.IntegrationTests.Persistence;

/// <summary>
/// Fails when the model changed and a provider's migrations were not added (<c>./migrations-add.sh NAME</c>).
/// Both contexts come from the design-time factories that <c>dotnet ef</c> uses; no database is opened.
/// </summary>
public sealed class PendingModelChangesTests
{
    private const string Fix = "The model has changes that this provider's migrations lack: run ./migrations-add.sh NAME and commit both migrations.";

    [Fact]
    public void HasPendingModelChanges_Sqlite_None()
    {
        using var db = new SqliteHalloBotDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), Fix);
    }

    [Fact]
    public void HasPendingModelChanges_SqlServer_None()
    {
        using var db = new SqlServerHalloBotDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), Fix);
    }

    [Fact]
    public void HasPendingModelChanges_ModelGainsAColumn_Detected()
    {
        // Shows the two tests above can fail: the same context and migrations, with one column more in the model.
        var options = new DbContextOptionsBuilder<SqliteHalloBotDbContext>()
            .UseSqlite("Data Source=unused.db")
            .ReplaceService<IModelCustomizer, ExtraColumnCustomizer>()
            .Options;
        using var db = new SqliteHalloBotDbContext(options);

        Assert.True(db.Database.HasPendingModelChanges());
    }

    private sealed class ExtraColumnCustomizer(ModelCustomizerDependencies dependencies) : ModelCustomizer(dependencies)
    {
        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            modelBuilder.Entity<Listing>().Property<string>("ForgottenColumn");
        }
    }
}
