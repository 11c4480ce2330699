using System.Globalization;

namespace Liaison.Features.Imports.Files;

/// <summary>
/// A file Liaison cannot read. <see cref="Format"/> is an English message with {0}-style placeholders that the UI
/// translates and fills with <see cref="Args"/>; <see cref="Row"/> is the row at fault, when there is one.
/// </summary>
public sealed class SpreadsheetException(string format, params object[] args)
    : Exception(string.Format(CultureInfo.InvariantCulture, format, args))
{
    public string Format { get; } = format;
    public object[] Args { get; } = args;
    public int? Row { get; init; }
}
