using System.Text;
using Liaison.Data;
using Liaison.Features.People;
using Liaison.Features.Relationships;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Work;

/// <summary>Records for the work tests, written straight to the database (as the people and touchpoint features would leave them).</summary>
internal static class WorkFixture
{
    public static DateOnly Today => Clock.Today;

    public static Task<int> PersonAsync(
        TestApp app, string name, string? iso3, string? ownerId = null, string? tier = null, DateOnly? lastTouchpoint = null,
        DateOnly? birthDate = null, Classification classification = Classification.Internal) =>
        app.WithDbAsync(async db =>
        {
            var person = new Person
            {
                NameEn = name,
                CountryId = iso3 is null ? null : await db.Countries.Where(c => c.Iso3 == iso3).Select(c => c.Id).SingleAsync(),
                OwnerId = ownerId,
                TierId = tier is null ? null : await db.CultivationTiers.Where(t => t.Code == tier).Select(t => t.Id).SingleAsync(),
                LastTouchpointOn = lastTouchpoint,
                BirthDate = birthDate,
                BirthYear = birthDate?.Year,
                Classification = classification,
            };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    /// <summary>Our ties with an organization, its founding date and its last touchpoint.</summary>
    public static Task TiesAsync(TestApp app, int organizationId, DateOnly? founded = null, DateOnly? lastTouchpoint = null, bool relationship = true) =>
        app.WithDbAsync(async db =>
        {
            var org = await db.Organizations.SingleAsync(o => o.Id == organizationId);
            org.Founded = founded;
            org.LastTouchpointOn = lastTouchpoint;
            if (relationship)
            {
                var level = await db.RelationshipLevels.Where(l => l.Code == "working").Select(l => l.Id).SingleAsync();
                db.Relationships.Add(new Relationship { OrganizationId = organizationId, LevelId = level, UpdatedAt = Clock.UtcNow });
            }

            await db.SaveChangesAsync();
        });

    /// <summary>A date <paramref name="years"/> years before <paramref name="days"/> days from today, avoiding 29 February.</summary>
    public static DateOnly YearsAgoIn(int years, int days)
    {
        var on = Today.AddDays(days);
        if (on is { Month: 2, Day: 29 })
        {
            on = on.AddDays(1);
        }

        return on.AddYears(-years);
    }

    public static string Ymd(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string IcsDate(DateOnly d) => d.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Creates the user's calendar feed through the API and returns its path.</summary>
    public static async Task<string> CreateFeedAsync(TestUser user)
    {
        var response = await user.Client.PostAsync("/api/v1/calendar-feed", null);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        var url = (await response.ReadJsonAsync()).GetProperty("url").GetString()!;
        return new Uri(url).PathAndQuery;
    }
}

/// <summary>An independent reader of the iCalendar text the feed returns: checks the physical form, then unfolds and unescapes.</summary>
internal sealed record IcsEvent(Dictionary<string, string> Properties)
{
    public string this[string name] => Properties[name];

    public string? Get(string name) => Properties.GetValueOrDefault(name);
}

internal static class Ics
{
    /// <summary>CRLF everywhere, no physical line over 75 octets; returns the unfolded content lines.</summary>
    public static List<string> Lines(string body)
    {
        body.ShouldEndWith("\r\n");
        body.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain('\n', customMessage: "bare LF in the feed");
        body.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain('\r', customMessage: "bare CR in the feed");
        var physical = body[..^2].Split("\r\n");
        foreach (var line in physical)
        {
            Encoding.UTF8.GetByteCount(line).ShouldBeLessThanOrEqualTo(75, line);
        }

        var lines = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' ') && lines.Count > 0)
            {
                lines[^1] += line[1..];
            }
            else
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    public static List<IcsEvent> Events(string body)
    {
        var events = new List<IcsEvent>();
        Dictionary<string, string>? current = null;
        foreach (var line in Lines(body))
        {
            if (line == "BEGIN:VEVENT")
            {
                current.ShouldBeNull("nested VEVENT");
                current = new Dictionary<string, string>(StringComparer.Ordinal);
            }
            else if (line == "END:VEVENT")
            {
                events.Add(new IcsEvent(current.ShouldNotBeNull()));
                current = null;
            }
            else if (current is not null)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                current[line[..colon]] = line[(colon + 1)..];
            }
        }

        current.ShouldBeNull("unterminated VEVENT");
        return events;
    }

    /// <summary>RFC 5545 TEXT: \\ \; \, \n (or \N); anything else after a backslash, or a bare ; or , is malformed.</summary>
    public static string Unescape(string value)
    {
        var result = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\')
            {
                i++;
                result.Append(value[i] switch
                {
                    '\\' => '\\',
                    ';' => ';',
                    ',' => ',',
                    'n' or 'N' => '\n',
                    _ => throw new ShouldAssertException($"bad escape \\{value[i]} in {value}"),
                });
            }
            else
            {
                (c is ';' or ',').ShouldBeFalse($"unescaped {c} in {value}");
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
