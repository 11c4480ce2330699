using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Features.Imports.Wizard;

/// <summary>
/// A column mapping someone confirmed for a spreadsheet layout: the next file of the same record type with the same
/// header row gets it again instead of the suggestions.
/// </summary>
public sealed class ImportMapping
{
    public int Id { get; set; }

    /// <summary>people or organizations: <see cref="ImportTargets"/>.</summary>
    public string RecordType { get; set; } = "";

    /// <summary>SHA-256 of the normalized header row (<see cref="ColumnMapping.HeaderKey"/>).</summary>
    public string HeaderKey { get; set; } = "";

    /// <summary>JSON array of field keys, one per column ("" for a column left out).</summary>
    public string Columns { get; set; } = "[]";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

internal sealed class ImportMappingConfiguration : IEntityTypeConfiguration<ImportMapping>
{
    public void Configure(EntityTypeBuilder<ImportMapping> builder)
    {
        builder.ToTable("ImportMappings");
        builder.Property(m => m.RecordType).HasMaxLength(40).IsRequired();
        builder.Property(m => m.HeaderKey).HasMaxLength(64).IsRequired();
        builder.Property(m => m.Columns).HasMaxLength(40000).IsRequired();
        builder.Property(m => m.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(m => new { m.RecordType, m.HeaderKey }).IsUnique();
    }
}
