using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Liaison.Features.Account;

/// <summary>
/// The /Account folder is open to anonymous users for signing in, and AllowAnonymous outranks [Authorize];
/// the self-service pages in it use this filter to send anonymous visitors to the sign-in page.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SignedInOnlyAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.User.Identity?.IsAuthenticated != true)
        {
            context.Result = new ChallengeResult();
            return;
        }

        await next();
    }
}
