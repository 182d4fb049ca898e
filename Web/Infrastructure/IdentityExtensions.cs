using HalloBot.Domain.Accounts;
using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Account;
using HalloBot.Web.Infrastructure.Authorization;
using HalloBot.Web.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace HalloBot.Web.Infrastructure;

/// <summary>Accounts (ASP.NET Core Identity on the site's database) and who may do what.</summary>
internal static class IdentityExtensions
{
    public const string SignInPath = "/konto/anmelden";

    public static IHostApplicationBuilder AddHalloBotIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddIdentity<Member, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Password.RequiredLength = 12;
                // Length and the list of common passwords protect better than forced character classes.
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<HalloBotDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<AccountErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>();
        builder.Services.AddSingleton(_ => CommonPasswordList.Load());
        builder.Services.AddScoped<AccountMailer>();
        builder.Services.AddScoped<RegistrationService>();
        builder.Services.AddScoped<SignInService>();
        builder.Services.AddScoped<PasswordService>();
        builder.Services.AddScoped<TwoFactorService>();
        builder.Services.AddScoped<CreateAdminCommand>();
        builder.Services.AddScoped<AccountDataExport>();
        builder.Services.AddScoped<AccountDeletion>();
        builder.Services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section)
            .Validate(o => o.PublicBaseUrl is null || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _),
                "HalloBot:PublicBaseUrl must be an absolute URL such as https://hallo-bot.bottrop.de.")
            .ValidateOnStart();
        builder.Services.AddHalloBotRateLimiting();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "hallobot.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = SignInPath;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.Events.OnRedirectToAccessDenied = context =>
            {
                // A signed-in member without access gets a plain 403, not a detour through another page.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }

                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Admin));
        builder.Services.AddScoped<IAuthorizationHandler, ListingAuthorizationHandler>();
        builder.Services.AddScoped<ListingAccess>();
        return builder;
    }
}
