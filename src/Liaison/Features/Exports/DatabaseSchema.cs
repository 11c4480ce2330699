using Liaison.Features.Work;
using Liaison.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Liaison.Features.Exports;

/// <summary>How a column's values are written: the portable type named in the manifest, and how it is read.</summary>
public enum ColumnKind
{
    Text,
    Integer,
    Decimal,
    Float,
    Boolean,
    Date,
    Time,
    Timestamp,
    Uuid,
    Binary,
}

public sealed record ColumnDescription(string Name, ColumnKind Type, string StoreType, bool Nullable, IReadOnlyDictionary<string, string>? Values);

public sealed record ForeignKeyDescription(IReadOnlyList<string> Columns, string References, IReadOnlyList<string> ReferencedColumns, string OnDelete);

public sealed record WithheldDescription(string Name, string Reason);

/// <summary>One table as it is exported: the columns written (primary key first, binary columns last) and those withheld.</summary>
public sealed record TableDescription(
    string Name, IReadOnlyList<ColumnDescription> Columns, IReadOnlyList<string> PrimaryKey, IReadOnlyList<ForeignKeyDescription> ForeignKeys,
    IReadOnlyList<WithheldDescription> Withheld)
{
    public string FileName => Name + ".csv";
}

/// <summary>
/// The tables of the EF Core model as <c>liaison export</c> writes them. Secrets never leave: they are named here by entity
/// and property, and their table and column names are taken from the model, so a rename cannot let one slip out.
/// </summary>
public static class DatabaseSchema
{
    private static readonly (Type Entity, string Property, string Reason)[] SecretColumns =
    [
        (typeof(AppUser), nameof(AppUser.PasswordHash), "password hash"),
        (typeof(AppUser), nameof(AppUser.SecurityStamp), "security stamp: signs sign-in cookies and two-factor codes"),
        (typeof(IdentityUserToken<string>), nameof(IdentityUserToken<string>.Value), "authenticator keys and two-factor recovery codes"),
        (typeof(ApiToken), nameof(ApiToken.TokenHash), "hash of a personal API token"),
        (typeof(CalendarFeed), nameof(CalendarFeed.TokenHash), "hash of a calendar feed's secret address"),
    ];

    private static readonly (Type Entity, string Reason)[] SecretTables =
    [
        (typeof(DataProtectionKey), "the key ring that protects sign-in cookies and antiforgery tokens"),
    ];

    public static IReadOnlyList<WithheldDescription> WithheldTables(IModel model) =>
        SecretTables.Select(t => new WithheldDescription(TableOf(model, t.Entity), t.Reason)).ToList();

    /// <summary>Every table of the model, by name, except the withheld ones.</summary>
    public static IReadOnlyList<TableDescription> Tables(IModel model)
    {
        var withheldTables = WithheldTables(model).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var withheldColumns = SecretColumns
            .Select(s => (Table: TableOf(model, s.Entity), Column: ColumnOf(model, s.Entity, s.Property), s.Reason))
            .ToList();

        return model.GetRelationalModel().Tables
            .Where(t => !withheldTables.Contains(t.Name))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t =>
            {
                var secret = withheldColumns.Where(w => w.Table == t.Name).ToDictionary(w => w.Column, w => w.Reason, StringComparer.Ordinal);
                var key = t.PrimaryKey?.Columns.Select(c => c.Name).ToList() ?? [];
                var columns = t.Columns
                    .Where(c => !secret.ContainsKey(c.Name))
                    .Select(Describe)
                    .OrderBy(c => key.IndexOf(c.Name) is var i and >= 0 ? i : int.MaxValue)
                    .ThenBy(c => c.Type == ColumnKind.Binary)
                    .ThenBy(c => c.Name, StringComparer.Ordinal)
                    .ToList();
                var foreignKeys = t.ForeignKeyConstraints
                    .Select(f => new ForeignKeyDescription(
                        f.Columns.Select(c => c.Name).ToList(), f.PrincipalTable.Name, f.PrincipalColumns.Select(c => c.Name).ToList(),
                        f.OnDeleteAction.ToString()))
                    .OrderBy(f => string.Join(",", f.Columns), StringComparer.Ordinal)
                    .ToList();
                var withheld = secret.Select(s => new WithheldDescription(s.Key, s.Value)).OrderBy(w => w.Name, StringComparer.Ordinal).ToList();
                return new TableDescription(t.Name, columns, key, foreignKeys, withheld);
            })
            .ToList();
    }

    private static ColumnDescription Describe(IColumn column)
    {
        var property = column.PropertyMappings[0].Property;
        var mapping = property.GetRelationalTypeMapping();
        var modelType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        var providerType = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        providerType = Nullable.GetUnderlyingType(providerType) ?? providerType;
        IReadOnlyDictionary<string, string>? values = null;
        if (modelType.IsEnum)
        {
            values = Enum.GetValues(modelType).Cast<object>().ToDictionary(
                v => providerType == typeof(string) ? v.ToString()! : Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture),
                v => v.ToString()!);
        }

        return new ColumnDescription(column.Name, KindOf(providerType), column.StoreType, column.IsNullable, values);
    }

    private static ColumnKind KindOf(Type type) => type switch
    {
        _ when type == typeof(string) || type == typeof(char) => ColumnKind.Text,
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) => ColumnKind.Integer,
        _ when type == typeof(decimal) => ColumnKind.Decimal,
        _ when type == typeof(double) || type == typeof(float) => ColumnKind.Float,
        _ when type == typeof(bool) => ColumnKind.Boolean,
        _ when type == typeof(DateOnly) => ColumnKind.Date,
        _ when type == typeof(TimeOnly) || type == typeof(TimeSpan) => ColumnKind.Time,
        _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => ColumnKind.Timestamp,
        _ when type == typeof(Guid) => ColumnKind.Uuid,
        _ when type == typeof(byte[]) => ColumnKind.Binary,
        _ => throw new NotSupportedException($"The export does not know how to write a {type.Name} column."),
    };

    private static IEntityType Entity(IModel model, Type type) =>
        model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");

    private static string TableOf(IModel model, Type type) => Entity(model, type).GetTableName()!;

    private static string ColumnOf(IModel model, Type type, string property)
    {
        var entity = Entity(model, type);
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return entity.FindProperty(property)?.GetColumnName(table)
            ?? throw new InvalidOperationException($"{type.Name}.{property} is not in the model.");
    }
}
