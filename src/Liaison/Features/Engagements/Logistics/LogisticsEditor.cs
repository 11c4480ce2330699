using System.Text.RegularExpressions;
using Liaison.Data;
using Liaison.Web;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements.Logistics;

/// <summary>
/// Adding, changing and deleting an engagement's logistics items and gifts. Callers pass the engagement header they checked
/// (<see cref="EngagementHeader.CanOrganize"/>); the editor checks it again and keeps every record inside its engagement.
/// </summary>
public static partial class LogisticsEditor
{
    public const string ItemConflict = "This logistics item was changed by someone else after you opened it.";
    public const string GiftConflict = "This gift was changed by someone else after you opened it.";

    public static async Task<EditResult> SaveItemAsync(LiaisonDbContext db, EngagementHeader engagement, int? itemId, LogisticsInput input, CancellationToken ct = default)
    {
        if (!engagement.CanOrganize)
        {
            return new EditResult.NotFound();
        }

        var item = itemId is null ? new LogisticsItem { EngagementId = engagement.Id }
            : await db.LogisticsItems.FirstOrDefaultAsync(i => i.Id == itemId && i.EngagementId == engagement.Id, ct);
        if (item is null)
        {
            return new EditResult.NotFound();
        }

        var errors = RequestValidation.Validate(input);
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(input.Kind), "Unknown kind.");
        }

        if (string.IsNullOrWhiteSpace(input.Reference) && !errors.ContainsKey(nameof(input.Reference)))
        {
            errors.Add(nameof(input.Reference), "A value is required.");
        }

        if (input.StartsAt is { } s && input.EndsAt is { } e && e < s)
        {
            errors.Add(nameof(input.EndsAt), "The end cannot be before the start.");
        }

        if (input.StartsAt is { Year: < 1900 or > 2200 } || input.EndsAt is { Year: < 1900 or > 2200 })
        {
            errors.Add(nameof(input.StartsAt), "The date is out of range.");
        }

        if (itemId is not null && input.Version is null)
        {
            errors.Add(nameof(input.Version), "The version you loaded is required.");
        }

        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (itemId is not null)
        {
            if (item.Version != input.Version)
            {
                return new EditResult.Conflict(ItemConflictFor(item, input));
            }

            db.Entry(item).Property(i => i.Version).OriginalValue = input.Version!.Value;
        }
        else
        {
            db.LogisticsItems.Add(item);
        }

        item.Kind = input.Kind;
        item.Reference = input.Reference.Trim();
        item.Place = SectionConflicts.Clean(input.Place);
        item.StartsAt = WallClock.Local(input.StartsAt);
        item.EndsAt = WallClock.Local(input.EndsAt);
        item.Notes = SectionConflicts.Clean(input.Notes);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.LogisticsItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct);
            return current is null ? new EditResult.NotFound() : new EditResult.Conflict(ItemConflictFor(current, input));
        }

        return new EditResult.Saved(item.Id, item.Version);
    }

    public static async Task<EditResult> DeleteItemAsync(LiaisonDbContext db, EngagementHeader engagement, int itemId, int? version, CancellationToken ct = default)
    {
        var item = engagement.CanOrganize
            ? await db.LogisticsItems.FirstOrDefaultAsync(i => i.Id == itemId && i.EngagementId == engagement.Id, ct)
            : null;
        if (item is null)
        {
            return new EditResult.NotFound();
        }

        if (version is int v && v != item.Version)
        {
            return new EditResult.Conflict(new ConflictDetails(ItemConflict, item.Version, []));
        }

        db.LogisticsItems.Remove(item);
        return await DeleteAsync(db, itemId, item.Version, ct);
    }

    public static async Task<EditResult> SaveGiftAsync(LiaisonDbContext db, EngagementHeader engagement, int? giftId, GiftInput input, CancellationToken ct = default)
    {
        if (!engagement.CanOrganize)
        {
            return new EditResult.NotFound();
        }

        var gift = giftId is null ? new Gift { EngagementId = engagement.Id }
            : await db.Gifts.FirstOrDefaultAsync(g => g.Id == giftId && g.EngagementId == engagement.Id, ct);
        if (gift is null)
        {
            return new EditResult.NotFound();
        }

        input.Currency = string.IsNullOrWhiteSpace(input.Currency) ? null : input.Currency.Trim();
        var errors = RequestValidation.Validate(input);
        if (!Enum.IsDefined(input.Direction))
        {
            errors.Add(nameof(input.Direction), "Unknown direction.");
        }

        if (string.IsNullOrWhiteSpace(input.Item) && !errors.ContainsKey(nameof(input.Item)))
        {
            errors.Add(nameof(input.Item), "A value is required.");
        }

        if (input.Value is { } value && (value < 0 || value >= 1_000_000_000_000m))
        {
            errors.Add(nameof(input.Value), "The value must be zero or more (and below one trillion).");
        }

        if (input.Currency is { } currency && !CurrencyCode().IsMatch(currency))
        {
            errors.Add(nameof(input.Currency), "The currency must be an ISO 4217 code of three capital letters, like EUR or CNY.");
        }
        else if (input.Value is not null && input.Currency is null)
        {
            errors.Add(nameof(input.Currency), "Give the currency of the value.");
        }

        if (input.On is { Year: < 1900 or > 2200 })
        {
            errors.Add(nameof(input.On), "The date is out of range.");
        }

        // A person the user cannot see does not exist for them: same answer as a wrong number.
        if (input.PersonId is int personId && personId != gift.PersonId && !await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            errors.Add(nameof(input.PersonId), "That person does not exist.");
        }

        if (giftId is not null && input.Version is null)
        {
            errors.Add(nameof(input.Version), "The version you loaded is required.");
        }

        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        if (giftId is not null)
        {
            if (gift.Version != input.Version)
            {
                return new EditResult.Conflict(GiftConflictFor(gift, input));
            }

            db.Entry(gift).Property(g => g.Version).OriginalValue = input.Version!.Value;
        }
        else
        {
            db.Gifts.Add(gift);
        }

        gift.Direction = input.Direction;
        gift.Item = input.Item.Trim();
        gift.Value = input.Value is { } v ? decimal.Round(v, 2) : null;
        gift.Currency = input.Currency;
        gift.PersonId = input.PersonId;
        gift.Recipient = SectionConflicts.Clean(input.Recipient);
        gift.On = input.On;
        gift.Notes = SectionConflicts.Clean(input.Notes);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Gifts.AsNoTracking().FirstOrDefaultAsync(g => g.Id == giftId, ct);
            return current is null ? new EditResult.NotFound() : new EditResult.Conflict(GiftConflictFor(current, input));
        }

        return new EditResult.Saved(gift.Id, gift.Version);
    }

    public static async Task<EditResult> DeleteGiftAsync(LiaisonDbContext db, EngagementHeader engagement, int giftId, int? version, CancellationToken ct = default)
    {
        var gift = engagement.CanOrganize
            ? await db.Gifts.FirstOrDefaultAsync(g => g.Id == giftId && g.EngagementId == engagement.Id, ct)
            : null;
        if (gift is null)
        {
            return new EditResult.NotFound();
        }

        if (version is int v && v != gift.Version)
        {
            return new EditResult.Conflict(new ConflictDetails(GiftConflict, gift.Version, []));
        }

        db.Gifts.Remove(gift);
        return await DeleteAsync(db, giftId, gift.Version, ct);
    }

    public static ConflictDetails ItemConflictFor(LogisticsItem current, LogisticsInput yours) => new SectionConflicts()
        .Compare(nameof(yours.Kind), yours.Kind, current.Kind)
        .Compare(nameof(yours.Reference), yours.Reference, current.Reference)
        .Compare(nameof(yours.Place), yours.Place, current.Place)
        .Compare(nameof(yours.StartsAt), WallClock.Local(yours.StartsAt), WallClock.Local(current.StartsAt))
        .Compare(nameof(yours.EndsAt), WallClock.Local(yours.EndsAt), WallClock.Local(current.EndsAt))
        .Compare(nameof(yours.Notes), yours.Notes, current.Notes)
        .Details(ItemConflict, current.Version);

    public static ConflictDetails GiftConflictFor(Gift current, GiftInput yours) => new SectionConflicts()
        .Compare(nameof(yours.Direction), yours.Direction, current.Direction)
        .Compare(nameof(yours.Item), yours.Item, current.Item)
        .Compare(nameof(yours.Value), yours.Value, current.Value)
        .Compare(nameof(yours.Currency), yours.Currency, current.Currency)
        .Compare(nameof(yours.PersonId), yours.PersonId, current.PersonId)
        .Compare(nameof(yours.Recipient), yours.Recipient, current.Recipient)
        .Compare(nameof(yours.On), yours.On, current.On)
        .Compare(nameof(yours.Notes), yours.Notes, current.Notes)
        .Details(GiftConflict, current.Version);

    private static async Task<EditResult> DeleteAsync(LiaisonDbContext db, int id, int version, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new EditResult.NotFound();
        }

        return new EditResult.Saved(id, version);
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
