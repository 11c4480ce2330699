using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Features.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public const int NameLength = 300;
    public const int TextLength = 20000;

    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.NameNative).HasMaxLength(NameLength);
        builder.Property(p => p.NameRomanized).HasMaxLength(NameLength);
        builder.Property(p => p.NameEn).HasMaxLength(NameLength).IsRequired();
        builder.Property(p => p.NameZh).HasMaxLength(NameLength);
        builder.Property(p => p.FamilyName).HasMaxLength(NameLength);
        builder.Property(p => p.GivenName).HasMaxLength(NameLength);
        builder.Property(p => p.Honorific).HasMaxLength(100);
        builder.Property(p => p.FormOfAddress).HasMaxLength(300);
        builder.Property(p => p.Languages).HasMaxLength(200);
        builder.Property(p => p.Biography).HasMaxLength(TextLength);
        builder.Property(p => p.Diet).HasMaxLength(500);
        builder.Property(p => p.Religion).HasMaxLength(200);
        builder.Property(p => p.InterpreterLanguage).HasMaxLength(100);
        builder.Property(p => p.ProtocolNotes).HasMaxLength(4000);
        builder.Property(p => p.Tags).HasMaxLength(1000);
        builder.Property(p => p.OwnerId).HasMaxLength(450);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Country).WithMany().HasForeignKey(p => p.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Tier).WithMany().HasForeignKey(p => p.TierId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.Owner).WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CountryId, p.NameEn });
        // Everything the visibility filter and the birthday window read, so a country's people are counted and sifted
        // in the index and only the rows kept are read (0009).
        builder.HasIndex(p => new { p.CountryId, p.Classification, p.MergedIntoId, p.BirthDate, p.OwnerId }).HasDatabaseName("IX_People_Country_Visibility");
        builder.HasIndex(p => p.NameEn);
        builder.HasIndex(p => new { p.OwnerId, p.LastTouchpointOn });
        builder.HasIndex(p => p.TierId);
        builder.HasIndex(p => p.MergedIntoId);
    }
}

internal sealed class PersonNameConfiguration : IEntityTypeConfiguration<PersonName>
{
    public void Configure(EntityTypeBuilder<PersonName> builder)
    {
        builder.ToTable("PersonNames");
        builder.Property(n => n.Name).HasMaxLength(PersonConfiguration.NameLength).IsRequired();
        builder.Property(n => n.Language).HasMaxLength(20);
        builder.HasOne(n => n.Person).WithMany(p => p.OtherNames).HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => n.PersonId);
    }
}

internal sealed class PersonPhotoConfiguration : IEntityTypeConfiguration<PersonPhoto>
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public void Configure(EntityTypeBuilder<PersonPhoto> builder)
    {
        builder.ToTable("PersonPhotos");
        builder.HasKey(p => p.PersonId);
        builder.Property(p => p.ContentType).HasMaxLength(50).IsRequired();
        builder.HasOne(p => p.Person).WithOne().HasForeignKey<PersonPhoto>(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.ToTable("Positions");
        builder.Property(p => p.Title).HasMaxLength(300).IsRequired();
        builder.Property(p => p.TitleZh).HasMaxLength(300);
        builder.Property(p => p.Note).HasMaxLength(2000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Person).WithMany(p => p.Positions).HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.PersonId, p.From });
        builder.HasIndex(p => new { p.OrganizationId, p.To, p.Rank });
    }
}

internal sealed class ContactChannelConfiguration : IEntityTypeConfiguration<ContactChannel>
{
    public void Configure(EntityTypeBuilder<ContactChannel> builder)
    {
        builder.ToTable("ContactChannels");
        builder.Property(c => c.Value).HasMaxLength(1000).IsRequired();
        builder.Property(c => c.Label).HasMaxLength(100);
        builder.Property(c => c.ConsentNote).HasMaxLength(1000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Person).WithMany(p => p.Channels).HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.PersonId);
    }
}

internal sealed class CultivationTierConfiguration : IEntityTypeConfiguration<CultivationTier>
{
    public void Configure(EntityTypeBuilder<CultivationTier> builder)
    {
        builder.ToTable("CultivationTiers");
        builder.Property(t => t.Code).HasMaxLength(40).IsRequired();
        builder.Property(t => t.NameEn).HasMaxLength(100).IsRequired();
        builder.Property(t => t.NameZh).HasMaxLength(100);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => t.Code).IsUnique();
    }
}

internal sealed class PersonMergeConfiguration : IEntityTypeConfiguration<PersonMerge>
{
    public void Configure(EntityTypeBuilder<PersonMerge> builder)
    {
        builder.ToTable("PersonMerges");
        builder.Property(m => m.ByUserId).HasMaxLength(450);
        builder.Property(m => m.RevertedByUserId).HasMaxLength(450);
        builder.Property(m => m.Details).IsRequired();
        builder.HasIndex(m => m.SurvivorId);
        builder.HasIndex(m => m.MergedId);
    }
}

internal sealed class DistinctPeopleConfiguration : IEntityTypeConfiguration<DistinctPeople>
{
    public void Configure(EntityTypeBuilder<DistinctPeople> builder)
    {
        builder.ToTable("DistinctPeople");
        builder.Property(d => d.ByUserId).HasMaxLength(450);
        builder.HasIndex(d => new { d.PersonAId, d.PersonBId }).IsUnique();
    }
}

internal sealed class PersonMatchKeyConfiguration : IEntityTypeConfiguration<PersonMatchKey>
{
    public void Configure(EntityTypeBuilder<PersonMatchKey> builder)
    {
        builder.ToTable("PersonMatchKeys");
        builder.Property(k => k.Key).HasMaxLength(200).IsRequired();
        builder.HasOne(k => k.Person).WithMany().HasForeignKey(k => k.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => new { k.Key, k.PersonId });
        builder.HasIndex(k => k.PersonId);
    }
}

internal sealed class MatchKeyPairConfiguration : IEntityTypeConfiguration<MatchKeyPair>
{
    public void Configure(EntityTypeBuilder<MatchKeyPair> builder)
    {
        builder.ToTable("MatchKeyPairs");
        builder.HasKey(p => new { p.Key, p.PersonAId, p.PersonBId });
        builder.Property(p => p.Key).HasMaxLength(200);
        builder.HasOne(p => p.PersonA).WithMany().HasForeignKey(p => p.PersonAId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.PersonB).WithMany().HasForeignKey(p => p.PersonBId).OnDelete(DeleteBehavior.Cascade);

        // The queue reads the pairs newest first (by B, then A) and stops at its count's cap.
        builder.HasIndex(p => new { p.PersonBId, p.PersonAId });
    }
}
