using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Liaison.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Imports.Wizard;

/// <summary>A reason a column mapping cannot be used: an English message with {0} placeholders, translated where shown.</summary>
public sealed record MappingProblem(string Format, params object[] Args)
{
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, Format, Args);
}

/// <summary>Which field each column of a spreadsheet fills: suggested from the headers, remembered once confirmed.</summary>
public static class ColumnMapping
{
    /// <summary>SHA-256 of the record type and the normalized headers: the same layout gives the same key.</summary>
    public static string HeaderKey(string type, IReadOnlyList<string> headers) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(type + "\n" + string.Join("\n", headers.Select(Normalize)))));

    /// <summary>Lower case letters and digits only, so "E-mail", "e_mail" and "E Mail" meet.</summary>
    public static string Normalize(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>One field key per column ("" when nothing fits): the key or its label or an alias spelled like the header.</summary>
    public static string[] Suggest(string type, IReadOnlyList<string> headers)
    {
        var fields = ImportTargets.FieldsOf(type);
        var result = new string[headers.Count];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = Normalize(headers[i]);
            var field = fields.FirstOrDefault(f => !taken.Contains(f.Key)
                && (Normalize(f.Key) == header || Normalize(f.Label) == header || f.Aliases.Any(a => Normalize(a) == header)));
            result[i] = field?.Key ?? "";
            if (field is not null)
            {
                taken.Add(field.Key);
            }
        }

        return result;
    }

    /// <summary>Why a mapping cannot be used (unknown field, a field twice, a required field missing), as messages to translate.</summary>
    public static List<MappingProblem> Problems(string type, IReadOnlyList<string> headers, IReadOnlyList<string> columns)
    {
        var problems = new List<MappingProblem>();
        var fields = ImportTargets.FieldsOf(type).ToDictionary(f => f.Key, StringComparer.Ordinal);
        if (columns.Count != headers.Count)
        {
            problems.Add(new MappingProblem("The mapping has {0} columns but the file has {1}.", columns.Count, headers.Count));
            return problems;
        }

        foreach (var unknown in columns.Where(c => c.Length > 0 && !fields.ContainsKey(c)).Distinct())
        {
            problems.Add(new MappingProblem("Unknown field “{0}”.", unknown));
        }

        foreach (var twice in columns.Where(c => c.Length > 0).GroupBy(c => c).Where(g => g.Count() > 1))
        {
            problems.Add(new MappingProblem("Two columns fill the field “{0}”.", fields.TryGetValue(twice.Key, out var f) ? f.Label : twice.Key));
        }

        foreach (var required in fields.Values.Where(f => f.Required && !columns.Contains(f.Key)))
        {
            problems.Add(new MappingProblem("No column fills the required field “{0}”.", required.Label));
        }

        return problems;
    }

    /// <summary>Parses "Header=field,Other header=field" (the command line's --map); unnamed columns are left out.</summary>
    public static string[] Parse(string map, IReadOnlyList<string> headers)
    {
        var result = new string[headers.Count];
        Array.Fill(result, "");
        foreach (var pair in map.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.LastIndexOf('=');
            var header = equals > 0 ? pair[..equals].Trim() : throw new ImportInputException($"--map: “{pair}” is not Header=field.");
            var index = headers.ToList().FindIndex(h => string.Equals(h, header, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new ImportInputException($"--map: the file has no column “{header}”. Its columns: {string.Join(", ", headers)}.");
            }

            result[index] = pair[(equals + 1)..].Trim();
        }

        return result;
    }

    public static async Task<string[]?> SavedAsync(LiaisonDbContext db, string type, IReadOnlyList<string> headers, CancellationToken ct)
    {
        var key = HeaderKey(type, headers);
        var saved = await db.ImportMappings.AsNoTracking().Where(m => m.RecordType == type && m.HeaderKey == key).Select(m => m.Columns).FirstOrDefaultAsync(ct);
        var columns = saved is null ? null : JsonSerializer.Deserialize<string[]>(saved);
        return columns?.Length == headers.Count ? columns : null;
    }

    /// <summary>The saved mapping for this layout, or else the suggestions.</summary>
    public static async Task<(string[] Columns, bool Saved)> ForAsync(LiaisonDbContext db, string type, IReadOnlyList<string> headers, CancellationToken ct) =>
        await SavedAsync(db, type, headers, ct) is { } saved ? (saved, true) : (Suggest(type, headers), false);

    public static async Task SaveAsync(LiaisonDbContext db, string type, IReadOnlyList<string> headers, IReadOnlyList<string> columns, CancellationToken ct)
    {
        var key = HeaderKey(type, headers);
        var mapping = await db.ImportMappings.FirstOrDefaultAsync(m => m.RecordType == type && m.HeaderKey == key, ct);
        if (mapping is null)
        {
            db.ImportMappings.Add(mapping = new ImportMapping { RecordType = type, HeaderKey = key });
        }

        mapping.Columns = JsonSerializer.Serialize(columns);
        mapping.UpdatedAt = Clock.UtcNow;
        mapping.UpdatedBy = db.Scope.UserName;
        await db.SaveChangesAsync(ct);
    }
}
