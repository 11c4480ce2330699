using Liaison.Features.Organizations;
using Liaison.Features.People;

namespace Liaison.Features.Demo;

// A person as they stood on a day: their most senior post then.
internal sealed record ActivePerson(PersonPlan Plan, Position Post)
{
    public int Id => Plan.Person.Id;
    public int Rank => Post.Rank;
    public string Name => Plan.Person.NameEn;
    public string? NameZh => Plan.Person.NameZh;

    // "Vice-Chair, CPV" for party posts; government and parliament posts speak for themselves.
    public string Title => Post.OrganizationId == Plan.Org.Id && Plan.Org.Abbreviation is { Length: > 0 } abbreviation ? $"{Post.Title}, {abbreviation}" : Post.Title;
}

// Who of the demo's people could take part in an engagement on a day, and who is already booked.
internal sealed class DemoEngagementPeople
{
    private readonly Dictionary<int, List<PersonPlan>> _byOrg;
    private readonly HashSet<(int Person, int Day)> _away = [];
    private readonly Dictionary<(int Person, int Day), List<(TimeOnly From, TimeOnly To)>> _slots = [];

    public DemoEngagementPeople(IEnumerable<PersonPlan> people)
    {
        _byOrg = people.GroupBy(p => p.Org.Id).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Person.Id).ToList());
    }

    /// <summary>The organization's people holding a post on the day, most senior first.</summary>
    public List<ActivePerson> Active(Organization org, DateOnly on)
    {
        var active = new List<ActivePerson>();
        foreach (var plan in _byOrg.GetValueOrDefault(org.Id) ?? [])
        {
            Position? best = null;
            foreach (var post in plan.Person.Positions)
            {
                if ((post.From is null || post.From <= on) && (post.To is null || post.To > on) && (best is null || post.Rank < best.Rank))
                {
                    best = post;
                }
            }

            if (best is not null)
            {
                active.Add(new ActivePerson(plan, best));
            }
        }

        return active.OrderBy(a => a.Rank).ThenBy(a => a.Id).ToList();
    }

    /// <summary>Not travelling with another delegation on any of these days.</summary>
    public bool Free(int person, DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (_away.Contains((person, d.DayNumber)))
            {
                return false;
            }
        }

        return true;
    }

    public void Book(int person, DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            _away.Add((person, d.DayNumber));
        }
    }

    /// <summary>Free for a slot of a programme (our hosts receive several delegations, one at a time).</summary>
    public bool FreeAt(int person, DateOnly day, TimeOnly from, TimeOnly to) =>
        !_slots.TryGetValue((person, day.DayNumber), out var taken) || !taken.Any(t => t.From < to && from < t.To);

    public void BookAt(int person, DateOnly day, TimeOnly from, TimeOnly to)
    {
        if (!_slots.TryGetValue((person, day.DayNumber), out var taken))
        {
            _slots[(person, day.DayNumber)] = taken = [];
        }

        taken.Add((from, to));
    }

    /// <summary>How many slots the person already hosts on these days (to spread the work among our hosts).</summary>
    public int Load(int person, DateOnly from, DateOnly to)
    {
        var n = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            n += _slots.TryGetValue((person, d.DayNumber), out var taken) ? taken.Count : 0;
        }

        return n;
    }
}
