using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Liaison.Web;

namespace Liaison.Tests.Web;

public sealed class RequestValidationTests
{
    // Liaison checks requests with rules it reads once per type; every request type must get the errors the framework's
    // validator gives, empty and filled with values too long or out of range.
    [Fact]
    public void Every_request_type_gets_the_errors_the_framework_validator_gives()
    {
        var types = typeof(RequestValidation).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .Where(t => t.GetProperties().Any(p => p.GetCustomAttributes<ValidationAttribute>().Any()))
            .ToList();
        types.Count.ShouldBeGreaterThan(10);
        foreach (var type in types)
        {
            var empty = Activator.CreateInstance(type)!;
            Errors(RequestValidation.Validate(empty)).ShouldBe(Framework(empty), $"{type.Name}, empty");

            foreach (var (text, number) in new[] { (new string('x', 5000), -7), ("", 100_000) })
            {
                var filled = Filled(type, text, number);
                Errors(RequestValidation.Validate(filled)).ShouldBe(Framework(filled), $"{type.Name}, filled with “{text[..Math.Min(3, text.Length)]}” and {number}");
            }
        }
    }

    private static object Filled(Type type, string text, int number)
    {
        var filled = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties().Where(p => p.CanWrite))
        {
            if (property.PropertyType == typeof(string))
            {
                property.SetValue(filled, text);
            }
            else if (property.PropertyType == typeof(int) || property.PropertyType == typeof(int?))
            {
                property.SetValue(filled, number);
            }
        }

        return filled;
    }

    private static string[] Errors(Dictionary<string, string[]> errors) =>
        [.. errors.SelectMany(e => e.Value.Select(m => e.Key + ": " + m)).Order(StringComparer.Ordinal)];

    private static string[] Framework(object instance)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        return [.. results.SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => m + ": " + (r.ErrorMessage ?? "Invalid value.")))
            .Order(StringComparer.Ordinal)];
    }
}
