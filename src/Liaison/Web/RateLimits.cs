using System.Threading.RateLimiting;

namespace Liaison.Web;

/// <summary>Brakes on guessing: sign-in posts are limited per client address (lockout still protects each account).</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";

    public static IServiceCollection AddLiaisonRateLimits(this IServiceCollection services) => services.AddRateLimiter(o =>
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("reads"));
    });
}
