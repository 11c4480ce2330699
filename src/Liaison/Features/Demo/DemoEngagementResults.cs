using System.Security.Cryptography;
using System.Text;
using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Documents;
using Liaison.Features.Engagements.Itinerary;
using Liaison.Features.Engagements.Outcomes;
using Liaison.Features.Relationships;
using Liaison.Features.Touchpoints;
using Liaison.Features.Work;
using static Liaison.Features.Demo.DemoDates;

namespace Liaison.Features.Demo;

// What completed engagements left behind: agreements on the counterpart's ledger, joint statements, commitments followed up
// by tasks, a few visit reports, and the touchpoint that puts the engagement on everyone's timeline.
internal sealed class DemoEngagementResults(Random random, IReadOnlyDictionary<int, int> deskOfCountry)
{
    private static readonly string[] Commitments =
    [
        "Send the programme of the next training course to the {0}", "Arrange the return visit to {1}", "Propose dates for the exchange of young cadres with the {0}",
        "Share the materials on {2} with the {0}", "Invite the {0} to the next multilateral forum", "Prepare the cooperation plan for next year with the {0}",
    ];

    public List<Agreement> Agreements { get; } = [];
    public List<TaskItem> Tasks { get; } = [];

    public void Apply(DemoEngagement plan)
    {
        var e = plan.Engagement;
        if (e.Status != EngagementStatus.Completed)
        {
            return;
        }

        plan.Touchpoint = Touchpoint(plan);
        var org = plan.Org!;
        var party = $"{DemoEngagementTitles.The(org)}{org.NameEn}";
        var signed = plan.Itinerary.FirstOrDefault(i => i.Activity is ItineraryActivity.Talks)?.Day ?? e.EndsOn;
        var bilateral = e.Kind is EngagementKind.InboundVisit or EngagementKind.OutboundVisit or EngagementKind.HighLevelTalks or EngagementKind.BilateralDialogue;
        if (bilateral && plan.Foreign.FirstOrDefault()?.Plan.Tie >= 2 && random.NextDouble() < 0.045)
        {
            var years = random.NextDouble() < 0.5 ? 3 : 5;
            var agreement = new Agreement
            {
                OrganizationId = org.Id,
                Kind = AgreementKind.MemorandumOfUnderstanding,
                Title = Cut($"Memorandum of Understanding on Exchanges and Cooperation between the CPC and {party} ({signed.Year}–{signed.Year + years})", 500),
                SignedOn = signed,
                ExpiresOn = signed.AddYears(years),
                Classification = e.Classification == Security.Classification.Confidential ? e.Classification : Security.Classification.Internal,
                Notes = $"Signed during \"{e.Title}\".",
            };
            Agreements.Add(agreement);
            plan.Outcomes.Add(Outcome(e, OutcomeKind.Agreement, agreement.Title, "Signed by the heads of both sides; implementation reviewed every year.", org.Id, agreement));
        }

        if ((bilateral || e.Kind == EngagementKind.MultilateralForum) && random.NextDouble() < 0.06)
        {
            var title = e.Kind == EngagementKind.MultilateralForum ? $"Beijing Initiative of the {e.Title}" : $"Joint Statement of the CPC and {party} ({signed.Year})";
            plan.Outcomes.Add(Outcome(e, OutcomeKind.JointStatement, Cut(title, 300),
                "Both sides agreed to **deepen party-to-party exchanges**, to share governance experience and to support each other's core interests.", org.Id, null));
        }

        if (random.NextDouble() < 0.06)
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Commitments[random.Next(Commitments.Length)],
                org.Abbreviation ?? org.NameEn, org.Country?.NameEn ?? org.NameEn, plan.Theme.En);
            var task = Task(plan, Cut(text, 300));
            Tasks.Add(task);
            plan.Outcomes.Add(Outcome(e, OutcomeKind.Commitment, Cut(text, 300), null, org.Id, null, task));
        }

        if (e.Kind is EngagementKind.InboundVisit or EngagementKind.OutboundVisit && random.NextDouble() < 0.03)
        {
            plan.Documents.Add(Report(plan));
        }
    }

    // As the engagement's completion writes it: one touchpoint on the last day, with every member and counterpart organization.
    private static Touchpoint Touchpoint(DemoEngagement plan)
    {
        var e = plan.Engagement;
        var touchpoint = new Touchpoint
        {
            On = e.EndsOn,
            Channel = e.Kind switch { EngagementKind.VideoMeeting => TouchpointChannel.VideoCall, EngagementKind.Reception => TouchpointChannel.Reception, _ => TouchpointChannel.Meeting },
            Subject = Cut(e.Title, 300),
            CountryId = e.CountryId,
            Classification = e.Classification,
            CreatedById = e.OwnerId,
            CreatedAt = e.CompletedAt!.Value,
            UpdatedAt = e.CompletedAt!.Value,
        };
        foreach (var personId in e.Members.Select(m => m.PersonId).Distinct())
        {
            touchpoint.People.Add(new TouchpointPerson { PersonId = personId });
        }

        foreach (var org in e.Organizations)
        {
            touchpoint.Organizations.Add(new TouchpointOrganization { OrganizationId = org.OrganizationId });
        }

        return touchpoint;
    }

    private static EngagementOutcome Outcome(Engagement e, OutcomeKind kind, string title, string? text, int organizationId, Agreement? agreement, TaskItem? task = null) => new()
    {
        Kind = kind,
        Title = title,
        Text = text,
        OrganizationId = organizationId,
        Agreement = agreement,
        Task = task,
        CreatedAt = e.CompletedAt!.Value,
    };

    private TaskItem Task(DemoEngagement plan, string title)
    {
        var e = plan.Engagement;
        var due = e.EndsOn.AddDays(random.Next(14, 60));
        var status = (Today.DayNumber - due.DayNumber) switch
        {
            > 30 => random.NextDouble() < 0.9 ? WorkStatus.Done : WorkStatus.Cancelled,
            > 0 => random.NextDouble() < 0.5 ? WorkStatus.Done : WorkStatus.Open,
            _ => random.NextDouble() < 0.6 ? WorkStatus.Open : WorkStatus.InProgress,
        };
        var created = e.CompletedAt!.Value;
        DateTime? completed = status == WorkStatus.Done ? Later(created.AddHours(2), due.AddDays(-random.Next(0, 10)).ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc)) : null;
        return new TaskItem
        {
            Title = title,
            Notes = $"Commitment made during \"{e.Title}\".",
            OwnerId = e.OwnerId!,
            CreatedById = e.OwnerId,
            DueOn = due,
            Status = status,
            CompletedAt = completed,
            PersonId = plan.ForeignHead?.Id,
            OrganizationId = plan.Org!.Id,
            DeskId = e.CountryId is { } c && deskOfCountry.TryGetValue(c, out var desk) ? desk : null,
            CreatedAt = created,
            UpdatedAt = completed ?? created,
        };
    }

    // A short visit report in plain text, as a desk officer would file it.
    private static EngagementDocument Report(DemoEngagement plan)
    {
        var e = plan.Engagement;
        var text = new StringBuilder()
            .AppendLine($"Visit report: {e.Title}")
            .AppendLine($"Dates: {Iso(e.StartsOn)} to {Iso(e.EndsOn)}; {e.Location}.")
            .AppendLine($"Delegation: {(plan.Abroad ? plan.Ours.Count : plan.Foreign.Count)} people, led by {(plan.Abroad ? plan.OurHead : plan.ForeignHead)?.Name}.")
            .AppendLine()
            .AppendLine($"The programme ({plan.Itinerary.Count} items) went as planned. Talks focused on {plan.Theme.En}.")
            .AppendLine("Both sides agreed to keep up regular exchanges of delegations and to continue cadre training.")
            .ToString();
        var bytes = Encoding.UTF8.GetBytes(text);
        return new EngagementDocument
        {
            Kind = EngagementDocumentKind.VisitReport,
            Title = "Visit report",
            FileName = $"visit-report-{Iso(e.StartsOn)}.txt",
            ContentType = "text/plain",
            Length = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes,
            UploadedById = e.OwnerId,
            UploadedAt = e.CompletedAt!.Value,
        };
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;
}
