namespace HalloBot.Web.Features.Feedback;

internal static class FeedbackExtensions
{
    /// <summary>The services behind the feedback pages, their mails and the weekly digest.</summary>
    public static IServiceCollection AddHalloBotFeedback(this IServiceCollection services)
    {
        services.AddScoped<FeedbackTexts>();
        services.AddScoped<FeedbackMails>();
        services.AddScoped<FeedbackPeople>();
        services.AddScoped<FeedbackFormValidator>();
        services.AddScoped<FeedbackScreenshots>();
        services.AddScoped<FeedbackSubmission>();
        services.AddScoped<FeedbackPages>();
        services.AddScoped<FeedbackParticipation>();
        services.AddScoped<FeedbackTriage>();
        services.AddScoped<FeedbackDigestJob>();
        services.AddScoped<MailUnsubscribe>();
        return services;
    }
}
