using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Features.Search;

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        builder.ToTable("SearchEntries");
        builder.Property(e => e.Kind).HasMaxLength(20).IsRequired();
        builder.Property(e => e.Text).HasMaxLength(400).IsRequired();
        builder.HasIndex(e => new { e.Kind, e.RecordId });
        // The text with the record it names: the search's "starts with" read (up to a thousand entries) comes from the
        // index alone, without a table row for each (migrations 0017 on SQLite, 0018 on PostgreSQL).
        builder.HasIndex(e => new { e.Text, e.Kind, e.RecordId });
    }
}
