using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Duplicates;

/// <summary>The <c>liaison people</c> verbs, through the real executable against the database of a running test app.</summary>
public sealed class PeopleCommandLineTests
{
    [Fact]
    public async Task People_duplicates_merge_and_unmerge_work_from_the_command_line()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var dir = await TestDirectory.SeedAsync(app);
        var owner = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var seed = await DuplicateSeed.SeedAsync(app, dir, owner.Id);
        var before = await DuplicateSeed.HoldingsAsync(app, seed.TrongAgain);

        var list = await LiaisonProcess.RunAsync(app.DataDir, null, "people", "duplicates", "--limit", "10");
        list.ExitCode.ShouldBe(0, list.Error);
        list.Output.ShouldContain("Nguyen Phu Trong (VNM)");
        list.Output.ShouldContain("Same name, Same e-mail address");
        list.Output.ShouldContain("Olaf Scholz");
        list.Output.ShouldContain("3 probable duplicate pair(s).");

        var bad = await LiaisonProcess.RunAsync(app.DataDir, null, "people", "merge", seed.Trong.ToString(), seed.TrongAgain.ToString(), "--keep-fields-from", seed.Fan.ToString());
        bad.ExitCode.ShouldBe(2);
        bad.Error.ShouldContain("--keep-fields-from must be A or B");

        var merge = await LiaisonProcess.RunAsync(app.DataDir, null, "people", "merge", seed.Trong.ToString(), seed.TrongAgain.ToString(), "--keep-fields-from", seed.TrongAgain.ToString());
        merge.ExitCode.ShouldBe(0, merge.Error + merge.Output);
        merge.Output.ShouldContain("Moved: 2 position(s), 1 touchpoint(s), 1 contact channel(s)");
        var mergeId = int.Parse(System.Text.RegularExpressions.Regex.Match(merge.Output, @"merge #(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var (name, mergedInto) = await app.WithDbAsync(async db =>
            (await db.People.Where(p => p.Id == seed.Trong).Select(p => p.NameEn).SingleAsync(),
             await db.People.IgnoreQueryFilters().Where(p => p.Id == seed.TrongAgain).Select(p => p.MergedIntoId).SingleAsync()));
        name.ShouldBe("Nguyen Phu Trong", "--keep-fields-from B takes B's values");
        mergedInto.ShouldBe(seed.Trong);
        (await LiaisonProcess.RunAsync(app.DataDir, null, "people", "duplicates")).Output.ShouldContain("2 probable duplicate pair(s).");

        var unmerge = await LiaisonProcess.RunAsync(app.DataDir, null, "people", "unmerge", mergeId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        unmerge.ExitCode.ShouldBe(0, unmerge.Error + unmerge.Output);
        unmerge.Output.ShouldContain($"person {seed.TrongAgain} is back");
        (await DuplicateSeed.HoldingsAsync(app, seed.TrongAgain)).Describe().ShouldBe(before.Describe());

        var again = await LiaisonProcess.RunAsync(app.DataDir, null, "people", "unmerge", mergeId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        again.ExitCode.ShouldBe(1);
        again.Error.ShouldContain("already reverted");
        (await LiaisonProcess.RunAsync(app.DataDir, null, "people", "unmerge", "99999")).ExitCode.ShouldBe(2);
    }
}
