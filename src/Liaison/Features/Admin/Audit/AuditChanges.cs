using System.Text.Json;
using Liaison.Features.Audit;

namespace Liaison.Features.Admin.Audit;

/// <summary>Turns an audit entry's Changes JSON into before → after rows for display.</summary>
public static class AuditChanges
{
    public sealed record Row(string Field, string? Before, string? After);

    /// <returns>The rows, or null when the text is not a JSON object (then it is shown as it is).</returns>
    public static IReadOnlyList<Row>? Parse(string action, string? changes)
    {
        if (string.IsNullOrWhiteSpace(changes))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(changes);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var rows = new List<Row>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var value = property.Value;
                if (action == AuditActions.Update && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 2)
                {
                    rows.Add(new Row(property.Name, Show(value[0]), Show(value[1])));
                }
                else if (action == AuditActions.Delete)
                {
                    rows.Add(new Row(property.Name, Show(value), null));
                }
                else
                {
                    rows.Add(new Row(property.Name, null, Show(value)));
                }
            }

            return rows;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
