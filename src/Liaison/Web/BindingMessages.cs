using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Liaison.Web;

/// <summary>Form values the binder cannot read get plain, translated messages instead of ones naming code fields.</summary>
internal static class BindingMessages
{
    public static void Localize(MvcOptions options, IStringLocalizerFactory factory)
    {
        var t = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => t["The value '{0}' is not valid.", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["The value '{0}' is not valid.", value]);
        messages.SetValueIsInvalidAccessor(value => t["The value '{0}' is not valid.", value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => t["The value is not valid."]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["The value is not valid."]);
        messages.SetValueMustBeANumberAccessor(_ => t["The value must be a number."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => t["The value must be a number."]);
        messages.SetMissingBindRequiredValueAccessor(_ => t["A value is required."]);
        messages.SetMissingKeyOrValueAccessor(() => t["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => t["A value is required."]);
        messages.SetValueMustNotBeNullAccessor(_ => t["A value is required."]);
    }
}
