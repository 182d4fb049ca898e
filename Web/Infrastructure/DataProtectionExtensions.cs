using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace HalloBot.Web.Infrastructure;

internal static class DataProtectionExtensions
{
    /// <summary>
    /// Keys in the database, so that every web instance reads the cookies and tokens of the others and a
    /// restart signs no one out.
    /// </summary>
    public static IHostApplicationBuilder AddHalloBotDataProtection(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDataProtection()
            .SetApplicationName("HalloBot")
            .PersistKeysToDbContext<HalloBotDbContext>();
        return builder;
    }
}
