using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Features.Desks;

internal sealed class DeskConfiguration : IEntityTypeConfiguration<Desk>
{
    public void Configure(EntityTypeBuilder<Desk> builder)
    {
        builder.ToTable("Desks");
        builder.Property(d => d.Name).HasMaxLength(100).IsRequired();
        builder.Property(d => d.NameZh).HasMaxLength(100);
        builder.Property(d => d.Description).HasMaxLength(2000);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => d.Name).IsUnique();
    }
}

internal sealed class UserDeskConfiguration : IEntityTypeConfiguration<UserDesk>
{
    public void Configure(EntityTypeBuilder<UserDesk> builder)
    {
        builder.ToTable("UserDesks");
        builder.HasKey(x => new { x.UserId, x.DeskId });
        builder.HasOne(x => x.User).WithMany(u => u.Desks).HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Desk).WithMany(d => d.Members).HasForeignKey(x => x.DeskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.DeskId);
    }
}
