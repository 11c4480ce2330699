using Liaison.Features.Countries;
using Liaison.Features.Engagements;
using Liaison.Security;
using static Liaison.Features.Demo.DemoDates;

namespace Liaison.Features.Demo;

// Who owns an engagement, how secret it is, and its way through the lifecycle up to the demo's day: past ones mostly
// completed (some cancelled or postponed), those running today under way, future ones proposed, approved or confirmed.
// Approvals are the department leader's; every other step is the owner's.
internal sealed class DemoEngagementLifecycle(Random random, Func<Country?, IReadOnlyList<string>> officersOf, IReadOnlyDictionary<string, string> staffByRole)
{
    private static readonly string[] CancelNotes =
    [
        "Cancelled at the counterpart's request.", "Cancelled: the party's congress was brought forward.", "Cancelled after the change of government.",
        "Cancelled: visas could not be issued in time.",
    ];

    private static readonly string[] PostponeNotes =
    [
        "Postponed at the counterpart's request; new dates to be agreed.", "Postponed because of the elections.", "Postponed: the head of the delegation fell ill.",
    ];

    private string? Leader => staffByRole.GetValueOrDefault(Roles.Leader);

    public void Apply(DemoEngagement plan)
    {
        var e = plan.Engagement;
        e.OwnerId = Owner(plan);
        e.CreatedById = e.OwnerId;
        e.Classification = Classify(plan);
        var lead = e.Kind switch
        {
            EngagementKind.VideoMeeting => random.Next(5, 25),
            EngagementKind.Reception or EngagementKind.Other => random.Next(7, 30),
            EngagementKind.MultilateralForum or EngagementKind.TrainingCourse => random.Next(60, 180),
            _ => random.Next(30, 120),
        };
        var created = Latest(e.StartsOn.AddDays(-lead), Today.AddDays(-random.Next(1, 12)), e.StartsOn.AddDays(-1));
        e.CreatedAt = At(created, random.Next(8, 18));
        e.InvitationOn = created.AddDays(-random.Next(0, 15));
        e.InvitationNote = plan.Abroad ? $"Invitation from the {plan.Org!.Abbreviation ?? plan.Org.NameEn}, received through the embassy."
            : random.NextDouble() < 0.5 ? "Invitation sent by the International Department through the embassy." : "The counterpart asked to visit; invitation sent by letter.";

        var status = Status(e);
        var steps = Steps(e, status);
        var time = e.CreatedAt;
        var from = EngagementStatus.Proposed;
        foreach (var (to, day, hour) in steps)
        {
            var at = At(day, hour);
            time = at > time ? at : time.AddHours(1);
            var approval = EngagementLifecycle.NeedsApprover(to);
            var by = approval ? Leader ?? e.OwnerId : e.OwnerId;
            e.Transitions.Add(new EngagementTransition
            {
                From = from,
                To = to,
                ByUserId = by,
                At = time,
                Note = to switch
                {
                    EngagementStatus.Cancelled => CancelNotes[random.Next(CancelNotes.Length)],
                    EngagementStatus.Postponed => PostponeNotes[random.Next(PostponeNotes.Length)],
                    EngagementStatus.Approved when random.NextDouble() < 0.2 => "Approved. Keep the programme within the budget.",
                    _ => null,
                },
            });
            if (approval)
            {
                e.ApprovedById = by;
                e.ApprovedAt = time;
            }

            if (to == EngagementStatus.Completed)
            {
                e.CompletedAt = time;
            }

            from = to;
        }

        e.Status = from;
        e.UpdatedAt = time;
    }

    private EngagementStatus Status(Engagement e)
    {
        var x = random.NextDouble();
        if (e.EndsOn < Today)
        {
            return x switch { < 0.9 => EngagementStatus.Completed, < 0.95 => EngagementStatus.Cancelled, _ => EngagementStatus.Postponed };
        }

        if (e.StartsOn <= Today)
        {
            return EngagementStatus.UnderWay;
        }

        var days = e.StartsOn.DayNumber - Today.DayNumber;
        return x switch
        {
            < 0.03 => EngagementStatus.Postponed,
            < 0.05 => EngagementStatus.Cancelled,
            _ when days <= 14 => x < 0.8 ? EngagementStatus.Confirmed : EngagementStatus.Approved,
            _ when days <= 45 => x < 0.4 ? EngagementStatus.Confirmed : x < 0.8 ? EngagementStatus.Approved : EngagementStatus.Proposed,
            _ => x < 0.3 ? EngagementStatus.Approved : EngagementStatus.Proposed,
        };
    }

    // The steps to the status, each on a plausible day (never after the demo's day).
    private List<(EngagementStatus To, DateOnly Day, int Hour)> Steps(Engagement e, EngagementStatus status)
    {
        var created = DateOnly.FromDateTime(e.CreatedAt);
        var lastDay = Earliest(e.StartsOn.AddDays(-1), Today);
        var approved = Earliest(created.AddDays(random.Next(1, 10)), lastDay);
        var confirmed = Earliest(Later(approved.AddDays(1), e.StartsOn.AddDays(-random.Next(3, 21))), lastDay);
        var steps = new List<(EngagementStatus, DateOnly, int)>();
        switch (status)
        {
            case EngagementStatus.Proposed:
                break;
            case EngagementStatus.Cancelled or EngagementStatus.Postponed:
                if (random.NextDouble() < 0.6)
                {
                    steps.Add((EngagementStatus.Approved, approved, 10));
                }

                steps.Add((status, Earliest(Later(approved, e.StartsOn.AddDays(-random.Next(2, 20))), lastDay), 15));
                break;
            default:
                steps.Add((EngagementStatus.Approved, approved, 10));
                if (status == EngagementStatus.Approved)
                {
                    break;
                }

                steps.Add((EngagementStatus.Confirmed, confirmed, 16));
                if (status == EngagementStatus.Confirmed)
                {
                    break;
                }

                steps.Add((EngagementStatus.UnderWay, e.StartsOn, e.StartsOn == Today ? 0 : 8));
                if (status == EngagementStatus.Completed)
                {
                    steps.Add((EngagementStatus.Completed, Earliest(e.EndsOn.AddDays(random.Next(0, 3)), Today.AddDays(-1)), 17));
                }

                break;
        }

        return steps;
    }

    private string? Owner(DemoEngagement plan)
    {
        var officers = plan.Country is null ? [] : officersOf(plan.Country);
        if (officers.Count > 0)
        {
            return officers[random.Next(officers.Count)];
        }

        var role = plan.Kind is EngagementKind.TheoreticalSeminar or EngagementKind.BilateralDialogue ? Roles.Researcher : Roles.ProtocolOfficer;
        return staffByRole.GetValueOrDefault(role) ?? Leader;
    }

    // Visits of well-known leaders are public; a few are confidential; the rest is the desks' internal business.
    private Classification Classify(DemoEngagement plan)
    {
        var x = random.NextDouble();
        if (x < 0.04)
        {
            return Classification.Confidential;
        }

        return plan.ForeignHead is { Rank: 1 } && plan.Org?.Classification == Classification.Public && x < 0.7
            && plan.Kind is EngagementKind.InboundVisit or EngagementKind.OutboundVisit or EngagementKind.HighLevelTalks
            ? Classification.Public : Classification.Internal;
    }

    private static DateTime At(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);

    private static DateOnly Latest(DateOnly wanted, DateOnly notAfter, DateOnly before) => Earliest(Earliest(wanted, notAfter), before);

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
