using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Liaison.Web;

/// <summary>Turns unreadable requests (malformed JSON, a date that does not exist) into a 400 that says what was wrong.</summary>
internal static class BadRequestDetails
{
    public static void Describe(ProblemDetailsContext context)
    {
        var error = context.HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is not BadHttpRequestException bad)
        {
            return;
        }

        context.ProblemDetails.Status = bad.StatusCode;
        context.ProblemDetails.Title = "The request could not be read.";
        context.ProblemDetails.Detail = bad.InnerException is JsonException json
            ? $"Invalid value at {json.Path ?? "$"}: expected a valid value of the right type (dates are written YYYY-MM-DD)."
            : bad.Message;
    }
}
