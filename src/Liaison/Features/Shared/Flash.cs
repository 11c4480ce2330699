using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Liaison.Features.Shared;

/// <summary>One-shot messages shown by the layout after a redirect (post/redirect/get).</summary>
public static class Flash
{
    private const string Key = "flash";

    public static void Success(this ITempDataDictionary tempData, string message) => Add(tempData, "success", message);

    public static void Error(this ITempDataDictionary tempData, string message) => Add(tempData, "danger", message);

    public static void Info(this ITempDataDictionary tempData, string message) => Add(tempData, "info", message);

    public static IEnumerable<(string Kind, string Message)> TakeFlashes(this ITempDataDictionary tempData)
    {
        if (tempData[Key] is not string[] items)
        {
            return [];
        }

        return items.Select(i => i.Split('|', 2)).Where(p => p.Length == 2).Select(p => (p[0], p[1]));
    }

    private static void Add(ITempDataDictionary tempData, string kind, string message)
    {
        var existing = tempData.Peek(Key) as string[] ?? [];
        tempData[Key] = (string[])[.. existing, kind + "|" + message];
    }
}
