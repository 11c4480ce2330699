namespace Liaison.Web;

public static class TextPatterns
{
    /// <summary>Escapes LIKE wildcards so user text matches literally (escape character: backslash).</summary>
    public static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
