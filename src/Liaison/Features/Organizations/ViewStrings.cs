using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Organizations;

/// <summary>Page-model access to the same per-view resources that <c>IViewLocalizer</c> reads, plus flash and error helpers.</summary>
public static class ViewStrings
{
    private static readonly string AssemblyName = typeof(ViewStrings).Assembly.GetName().Name!;

    /// <param name="view">The view's path under the project without extension, dotted: "Features.Organizations.Edit".</param>
    public static IStringLocalizer For(IStringLocalizerFactory factory, string view) => factory.Create(view, AssemblyName);

    /// <summary>A one-shot success message in the layout's flash format ("kind|message").</summary>
    public static void FlashSuccess(this ITempDataDictionary tempData, string message)
    {
        var existing = tempData.Peek("flash") as string[] ?? [];
        tempData["flash"] = (string[])[.. existing, "success|" + message];
    }

    /// <summary>Copies use-case errors into ModelState under a prefix ("Input.NameEn"), translated where the view's resources know them.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors, string prefix, IStringLocalizer localizer)
    {
        foreach (var (key, messages) in errors)
        {
            var field = key.Length == 0 ? "" : prefix.Length == 0 ? key : prefix + "." + key;
            foreach (var message in messages)
            {
                modelState.AddModelError(field, localizer[message]);
            }
        }
    }
}
