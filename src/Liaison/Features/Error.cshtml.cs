using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Features;

/// <summary>The page shown for 404 and other error statuses outside the API (which answers ProblemDetails).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<SharedResource> t) : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Title, Explanation) = code switch
        {
            404 => (t["Not found"], t["There is no such page or record, or it is not one you may see."]),
            403 => (t["Not allowed"], t["Your role does not allow this."]),
            400 => (t["The request could not be handled"], t["Something in the request was not valid. Go back and try again."]),
            429 => (t["Too many attempts"], t["Wait a minute and try again."]),
            _ => (t["Something went wrong"], t["The error has been logged. Try again, or tell an administrator."]),
        };
        Response.StatusCode = code is >= 400 and < 600 ? code : StatusCodes.Status500InternalServerError;
    }
}
