using System.Net;
using Liaison.Security;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Touchpoints;

public sealed class TouchpointMineTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Mine_lists_what_I_logged_and_what_I_took_part_in_and_nothing_above_my_clearance(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var data = await TouchpointPeople.SeedAsync(app);
        var senior = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk], Classification.Confidential);
        var junior = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        async Task<int> LogAsync(TestUser by, string subject, string classification, params string[] participants)
        {
            var response = await by.Client.PostJsonAsync("/api/v1/touchpoints", new
            {
                channel = "Meeting",
                subject,
                classification,
                personIds = new[] { data.German },
                participantIds = participants,
            });
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            return (await response.ReadJsonAsync()).GetProperty("id").GetInt32();
        }

        var together = await LogAsync(senior, "Lunch with the delegation", "Internal", senior.Id, junior.Id);
        var secret = await LogAsync(senior, "Back-channel talk", "Confidential", senior.Id, junior.Id);
        var seniorAlone = await LogAsync(senior, "Phone call", "Internal", senior.Id);
        var juniorAlone = await LogAsync(junior, "Party congress", "Internal", junior.Id);

        static async Task<(int Total, int[] Ids)> MineAsync(TestUser user)
        {
            var list = await (await user.Client.GetAsync("/api/v1/touchpoints?mine=true")).ReadJsonAsync();
            return (list.GetProperty("total").GetInt32(), list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).Order().ToArray());
        }

        // The junior took part in the confidential talk but may not see it: neither listed nor counted.
        var (juniorTotal, juniorIds) = await MineAsync(junior);
        juniorTotal.ShouldBe(2);
        juniorIds.ShouldBe(new[] { together, juniorAlone }.Order());
        var (seniorTotal, seniorIds) = await MineAsync(senior);
        seniorTotal.ShouldBe(3);
        seniorIds.ShouldBe(new[] { together, secret, seniorAlone }.Order());

        // Everyone's touchpoints of the desk, for comparison: the filter narrows, it does not widen.
        var all = await (await junior.Client.GetAsync("/api/v1/touchpoints")).ReadJsonAsync();
        all.GetProperty("total").GetInt32().ShouldBe(3);
    }
}
