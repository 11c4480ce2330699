using Liaison.Data;
using Liaison.Features.Engagements;
using Liaison.Features.Touchpoints;
using Liaison.Security;

namespace Liaison.Features.Imports.Wizard;

// Deciding on a valid row's status and rights, then creating or updating its engagement through the import session.
internal sealed partial class EngagementSheet
{
    private RowOutcome Decide(EngagementRow row, Engagement? engagement, Links? linked, bool apply)
    {
        var classification = row.Classification ?? engagement?.Classification ?? Classification.Internal;
        var countryId = engagement is null ? row.LeadCountryId : row.Country?.Id ?? engagement.CountryId;
        if (Refusal(row, classification, countryId, engagement?.Classification, engagement?.CountryId, engagement is not null,
            EngagementEditor.OutsideYourDesks) is { } refused)
        {
            return refused;
        }

        var startsOn = row.StartsOn!.Value;
        var endsOn = row.EndsGiven || engagement is null ? row.EndsOn!.Value : startsOn.AddDays(engagement.EndsOn.DayNumber - engagement.StartsOn.DayNumber);
        var status = row.Status ?? engagement?.Status ?? (endsOn < Clock.Today ? EngagementStatus.Completed : EngagementStatus.Proposed);
        var errors = new List<RowError>();
        if (engagement is not null && status != engagement.Status && !EngagementLifecycle.CanMove(engagement.Status, status))
        {
            errors.Add(Error(row.Source, "status", "The status cannot go from {0} to {1}: move it on the engagement's page.",
                T[Web.EnumText.English(engagement.Status)].Value, T[Web.EnumText.English(status)].Value));
        }
        else if (status == EngagementStatus.Completed && endsOn > Clock.Today && status != engagement?.Status)
        {
            errors.Add(Error(row.Source, "status", "An engagement is completed once its last day has come."));
        }
        else if (status != engagement?.Status && ImpliesApproval(status, engagement) && !Db.Scope.CanApprove(classification, DeskOf(countryId), countryId is not null))
        {
            errors.Add(Error(row.Source, "status", "Only leaders and administrators may approve engagements: import it as proposed, or completed once it has taken place."));
        }

        if (errors.Count > 0)
        {
            return new RowOutcome(row.Source.Number, RowAction.Invalid, null, row.Name, errors);
        }

        row.Values[nameof(Engagement.CountryId)] = countryId;
        row.Values[nameof(Engagement.EndsOn)] = endsOn;
        if (engagement is null)
        {
            int? id = apply ? Create(row, status) : null;
            return new RowOutcome(row.Source.Number, RowAction.Create, id, row.Name, []);
        }

        return Update(row, engagement, linked!, status, apply);
    }

    /// <summary>
    /// A new engagement may start as proposed, and a past one be recorded as completed, cancelled or postponed by its
    /// organizers; any other status (and approving one on file) says it was approved.
    /// </summary>
    private static bool ImpliesApproval(EngagementStatus status, Engagement? stored) => stored is null
        ? status is EngagementStatus.Approved or EngagementStatus.Confirmed or EngagementStatus.UnderWay
        : EngagementLifecycle.NeedsApprover(status);

    private int Create(EngagementRow row, EngagementStatus status)
    {
        var now = Clock.UtcNow;
        var source = SourceRow(row.Source);
        var engagement = new Engagement
        {
            Kind = EngagementKind.Other,
            Status = status,
            Classification = Classification.Internal,
            OwnerId = row.OwnerId ?? Db.Scope.UserId,
            CreatedById = Db.Scope.UserId,
            CreatedAt = now,
            UpdatedAt = now,
            CompletedAt = status == EngagementStatus.Completed ? now : null,
        };
        SheetRowReader.Assign(engagement, row, apply: true);
        Session!.New(engagement);
        Session.Created(engagement, nameof(Engagement), source, null, owned: false);
        foreach (var organizationId in row.Organizations.Select(o => o.Id).Distinct())
        {
            Session!.Link(new EngagementOrganization { EngagementId = engagement.Id, OrganizationId = organizationId });
        }

        foreach (var countryId in row.CountryIds)
        {
            Session!.Link(new EngagementCountry { EngagementId = engagement.Id, CountryId = countryId });
        }

        var members = AddMembers(engagement.Id, row, [], new Dictionary<EngagementSide, int>(), source, owned: true);
        engagement.DelegationCount = members.Count(m => m.Side == EngagementSide.Delegation);
        engagement.HostCount = members.Count(m => m.Side == EngagementSide.Host);
        if (status != EngagementStatus.Proposed)
        {
            var transition = new EngagementTransition
            {
                EngagementId = engagement.Id,
                From = EngagementStatus.Proposed,
                To = status,
                ByUserId = Db.Scope.UserId,
                At = now,
                Note = "Imported from " + source,
            };
            Session.Created(Session.New(transition), nameof(EngagementTransition), source, null, owned: true);
        }

        if (status == EngagementStatus.Completed)
        {
            AddTouchpoint(engagement, members.Select(m => m.PersonId).Distinct(), row.Organizations.Select(o => o.Id).Distinct(), now);
        }

        return engagement.Id;
    }

    /// <summary>The completed engagement's timeline touchpoint, as <see cref="EngagementTouchpoint.SyncAsync"/> makes it.</summary>
    private void AddTouchpoint(Engagement engagement, IEnumerable<int> people, IEnumerable<int> organizations, DateTime now)
    {
        var touchpoint = new Touchpoint
        {
            EngagementId = engagement.Id,
            On = engagement.EndsOn < Clock.Today ? engagement.EndsOn : Clock.Today,
            Channel = EngagementTouchpoint.ChannelFor(engagement.Kind),
            Subject = engagement.Title,
            Summary = EngagementTouchpoint.SummaryFor(engagement),
            Classification = engagement.Classification,
            CountryId = engagement.CountryId,
            CreatedById = Db.Scope.UserId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Session!.Created(Session.New(touchpoint), nameof(Touchpoint), null, null, owned: true);
        foreach (var personId in people)
        {
            Session!.Link(new TouchpointPerson { TouchpointId = touchpoint.Id, PersonId = personId });
            _people.Add(personId);
        }

        foreach (var organizationId in organizations)
        {
            Session!.Link(new TouchpointOrganization { TouchpointId = touchpoint.Id, OrganizationId = organizationId });
            _organizations.Add(organizationId);
        }

        if (engagement.OwnerId is { } owner)
        {
            Session!.Link(new TouchpointParticipant { TouchpointId = touchpoint.Id, UserId = owner });
        }
    }

    /// <summary>Members for the people not yet on the engagement: the delegation (the first leads it), then the hosts, ranked after those on file.</summary>
    private List<EngagementMember> AddMembers(int engagementId, EngagementRow row, HashSet<int> onFile, Dictionary<EngagementSide, int> lastRank, string source, bool owned)
    {
        var members = new List<EngagementMember>();
        var seen = new HashSet<int>(onFile);
        foreach (var (people, side) in new[] { (row.Delegation, EngagementSide.Delegation), (row.Hosts, EngagementSide.Host) })
        {
            var rank = lastRank.GetValueOrDefault(side);
            foreach (var (personId, _) in people.Where(p => seen.Add(p.Id)))
            {
                var role = side == EngagementSide.Host ? DelegationRole.Host : rank == 0 ? DelegationRole.Head : DelegationRole.Member;
                var member = new EngagementMember { EngagementId = engagementId, PersonId = personId, Side = side, Role = role, Rank = ++rank };
                Session!.Created(Session.New(member), nameof(EngagementMember), source, null, owned);
                members.Add(member);
            }
        }

        return members;
    }

    private RowOutcome Update(EngagementRow row, Engagement engagement, Links linked, EngagementStatus status, bool apply)
    {
        var previous = SheetRowReader.Assign(engagement, row, apply);
        var organizations = row.Organizations.Select(o => o.Id).Distinct().Where(o => !linked.Organizations.Contains(o)).ToList();
        var countries = row.CountryIds.Where(c => !linked.Countries.Contains(c)).ToList();
        var newMembers = row.Delegation.Concat(row.Hosts).Any(p => !linked.Members.Contains(p.Id));
        var changed = previous.Count > 0 || organizations.Count > 0 || countries.Count > 0 || newMembers || status != engagement.Status;
        if (apply)
        {
            var source = SourceRow(row.Source);
            if (status != engagement.Status)
            {
                previous.TryAdd(nameof(Engagement.Status), engagement.Status);
                var transition = new EngagementTransition
                {
                    EngagementId = engagement.Id,
                    From = engagement.Status,
                    To = status,
                    ByUserId = Db.Scope.UserId,
                    At = Clock.UtcNow,
                    Note = "Imported from " + source,
                };
                Session!.Created(Session.New(transition), nameof(EngagementTransition), source, null, owned: false);
                engagement.Status = status;
                if (status == EngagementStatus.Approved)
                {
                    previous.TryAdd(nameof(Engagement.ApprovedById), engagement.ApprovedById);
                    previous.TryAdd(nameof(Engagement.ApprovedAt), engagement.ApprovedAt);
                    (engagement.ApprovedById, engagement.ApprovedAt) = (Db.Scope.UserId, transition.At);
                }
                else if (status == EngagementStatus.Completed)
                {
                    previous.TryAdd(nameof(Engagement.CompletedAt), engagement.CompletedAt);
                    engagement.CompletedAt = transition.At;
                }
            }

            foreach (var organizationId in organizations)
            {
                Session!.Link(new EngagementOrganization { EngagementId = engagement.Id, OrganizationId = organizationId });
            }

            foreach (var countryId in countries)
            {
                Session!.Link(new EngagementCountry { EngagementId = engagement.Id, CountryId = countryId });
            }

            _addedMembers.AddRange(AddMembers(engagement.Id, row, linked.Members, linked.LastRank, source, owned: false));
            ImportedLinks.Remember(previous, ImportedLinks.Organizations, organizations);
            ImportedLinks.Remember(previous, ImportedLinks.Countries, countries);
            Session!.Updated(engagement, nameof(Engagement), source, null, previous, changed);
            if (changed && engagement.Status == EngagementStatus.Completed)
            {
                _completedUpdates.Add(engagement.Id);
            }
        }

        return new RowOutcome(row.Source.Number, changed ? RowAction.Update : RowAction.Unchanged, engagement.Id, row.Name, []);
    }
}
