namespace HalloBot.Web.Infrastructure.Security;

/// <summary>
/// Adds <see cref="SecurityHeaders"/> just before a response starts, so that responses whose headers were cleared on
/// the way (the exception handler does that) and re-executed status pages carry them too.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, SecurityHeaders headers)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(ApplyHeaders, context);
        return next(context);
    }

    private Task ApplyHeaders(object state)
    {
        headers.ApplyTo((HttpContext)state);
        return Task.CompletedTask;
    }
}
