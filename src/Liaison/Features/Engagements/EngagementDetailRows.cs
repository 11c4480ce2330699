using Liaison.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Engagements;

/// <summary>
/// An engagement's organizations, countries, lifecycle steps and members in one statement: a UNION ALL of four root
/// queries, each through its own visibility filter. As collections of the engagement row they would sit on the right of
/// LEFT JOINs, where SQLite must build every visible engagement and person before joining one engagement's rows.
/// </summary>
internal static class EngagementDetailRows
{
    private const int OrganizationRow = 0;
    private const int CountryRow = 1;
    private const int TransitionRow = 2;
    private const int MemberRow = 3;

    public sealed record Parts(
        List<EngagementPartyRef> Organizations, List<EngagementPartyRef> Countries,
        List<EngagementTransitionItem> Transitions, List<EngagementMemberItem> Members);

    public static async Task<Parts> LoadAsync(LiaisonDbContext db, int id, CancellationToken ct)
    {
        var organizations = db.EngagementOrganizations.AsNoTracking().Where(x => x.EngagementId == id).Select(x => new Row
        {
            Type = OrganizationRow,
            Id = x.OrganizationId,
            Text = x.Organization!.NameEn,
            TextZh = x.Organization.NameZh,
            Code = x.Organization.Abbreviation,
            Native = null,
            Title = null,
            Languages = null,
            Note = null,
            ByUserId = null,
            A = 0,
            B = 0,
            C = 0,
            Version = 0,
            At = null,
            PersonId = 0,
        });
        var countries = db.EngagementCountries.AsNoTracking().Where(x => x.EngagementId == id).Select(x => new Row
        {
            Type = CountryRow,
            Id = x.CountryId,
            Text = x.Country!.NameEn,
            TextZh = x.Country.NameZh,
            Code = x.Country.Iso3,
            Native = null,
            Title = null,
            Languages = null,
            Note = null,
            ByUserId = null,
            A = 0,
            B = 0,
            C = 0,
            Version = 0,
            At = null,
            PersonId = 0,
        });
        var transitions = db.EngagementTransitions.AsNoTracking().Where(t => t.EngagementId == id).Select(t => new Row
        {
            Type = TransitionRow,
            Id = t.Id,
            Text = t.ByUser == null ? "" : t.ByUser.DisplayName,
            TextZh = null,
            Code = null,
            Native = null,
            Title = null,
            Languages = null,
            Note = t.Note,
            ByUserId = t.ByUserId,
            A = (int)t.From,
            B = (int)t.To,
            C = 0,
            Version = 0,
            At = t.At,
            PersonId = 0,
        });
        var members = db.EngagementMembers.AsNoTracking().Where(m => m.EngagementId == id).Select(m => new Row
        {
            Type = MemberRow,
            Id = m.Id,
            Text = m.Person!.NameEn,
            TextZh = m.Person.NameZh,
            Code = null,
            Native = m.Person.NameNative,
            Title = m.Title,
            Languages = m.Languages,
            Note = m.Notes,
            ByUserId = null,
            A = (int)m.Side,
            B = (int)m.Role,
            C = m.Rank,
            Version = m.Version,
            At = null,
            PersonId = m.PersonId,
        });
        var rows = await organizations.Concat(countries).Concat(transitions).Concat(members).ToListAsync(ct);
        return new Parts(
            rows.Where(r => r.Type == OrganizationRow).Select(r => new EngagementPartyRef(r.Id, r.Text, r.TextZh, r.Code)).ToList(),
            rows.Where(r => r.Type == CountryRow).Select(r => new EngagementPartyRef(r.Id, r.Text, r.TextZh, r.Code)).ToList(),
            rows.Where(r => r.Type == TransitionRow).OrderBy(r => r.At).ThenBy(r => r.Id)
                .Select(r => new EngagementTransitionItem(r.Id, (EngagementStatus)r.A, (EngagementStatus)r.B, r.ByUserId,
                    r.ByUserId is null ? null : r.Text, r.At!.Value, r.Note)).ToList(),
            rows.Where(r => r.Type == MemberRow).OrderBy(r => r.A).ThenBy(r => r.C).ThenBy(r => r.Id)
                .Select(r => new EngagementMemberItem(r.Id, r.PersonId, r.Text, r.TextZh, r.Native, (EngagementSide)r.A, (DelegationRole)r.B, r.C,
                    r.Title, r.Languages, r.Note, r.Version)).ToList());
    }

    private sealed class Row
    {
        public int Type { get; init; }
        public int Id { get; init; }
        public int PersonId { get; init; }
        public string Text { get; init; } = "";
        public string? TextZh { get; init; }
        public string? Code { get; init; }
        public string? Native { get; init; }
        public string? Title { get; init; }
        public string? Languages { get; init; }
        public string? Note { get; init; }
        public string? ByUserId { get; init; }
        public int A { get; init; }
        public int B { get; init; }
        public int C { get; init; }
        public int Version { get; init; }
        public DateTime? At { get; init; }
    }
}
