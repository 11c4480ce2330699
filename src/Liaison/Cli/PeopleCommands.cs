using System.CommandLine;
using Liaison.Features.People;
using Liaison.Features.People.Duplicates;
using Liaison.Web;

namespace Liaison.Cli;

internal static class PeopleCommands
{
    public static Command Create()
    {
        var people = new Command("people", "People: probable duplicates, merges and their reversal.");
        people.Subcommands.Add(Duplicates());
        people.Subcommands.Add(Merge());
        people.Subcommands.Add(Unmerge());
        return people;
    }

    private static Command Duplicates()
    {
        var limit = new Option<int>("--limit") { Description = "How many pairs to print (1-200).", DefaultValueFactory = _ => 50 };
        var command = new Command("duplicates", "Print pairs of people that are probably one person, with the reasons.") { limit };
        command.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            var page = await services.GetRequiredService<DuplicateFinder>().PairsAsync(1, Math.Clamp(result.GetValue(limit), 1, 200), ct);
            foreach (var pair in page.Items)
            {
                Console.WriteLine($"{pair.A.Id,7} {Describe(pair.A),-40} {pair.B.Id,7} {Describe(pair.B),-40} {string.Join(", ", pair.Reasons.Select(DuplicateReasonText.English))}");
            }

            Console.WriteLine($"{page.Total} probable duplicate pair(s).");
            return 0;
        }));
        return command;
    }

    private static Command Merge()
    {
        var survivor = new Argument<int>("A") { Description = "Id of the person who survives." };
        var merged = new Argument<int>("B") { Description = "Id of the person merged into A (hidden afterwards)." };
        var keepFrom = new Option<int?>("--keep-fields-from")
        {
            Description = "Take field values from this person (A or B); empty values are filled from the other. Default: A's values, empty ones filled from B.",
        };
        var command = new Command("merge", "Merge person B into person A: positions, touchpoints, channels, names, tasks and photo move to A.") { survivor, merged, keepFrom };
        command.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            var a = result.GetValue(survivor);
            var b = result.GetValue(merged);
            var from = result.GetValue(keepFrom) ?? a;
            if (from != a && from != b)
            {
                await Console.Error.WriteLineAsync("error: --keep-fields-from must be A or B.");
                return 2;
            }

            var db = services.GetRequiredService<Data.LiaisonDbContext>();
            var people = db.People.Where(p => p.Id == a || p.Id == b).ToList();
            var pa = people.FirstOrDefault(p => p.Id == a);
            var pb = people.FirstOrDefault(p => p.Id == b);
            if (pa is null || pb is null)
            {
                await Console.Error.WriteLineAsync($"error: no person {(pa is null ? a : b)} (or already merged).");
                return 2;
            }

            var preferred = from == a ? MergeSide.Survivor : MergeSide.Merged;
            var fields = MergeFields.Names.ToDictionary(f => f, f => Choose(pa, pb, f, preferred), StringComparer.Ordinal);
            var outcome = await services.GetRequiredService<PersonMerger>().MergeAsync(new MergeRequest(a, b, fields, pa.Version, pb.Version), ct);
            switch (outcome)
            {
                case MergeOutcome.Merged m:
                    Console.WriteLine($"Merged {b} ({pb.NameEn}) into {a} ({pa.NameEn}) as merge #{m.MergeId}.");
                    Console.WriteLine($"Moved: {m.Moved.Positions} position(s), {m.Moved.Touchpoints} touchpoint(s), {m.Moved.Channels} contact channel(s), {m.Moved.Names} name(s), {m.Moved.Tasks} task(s){(m.Moved.Photo ? ", the photo" : "")}.");
                    Console.WriteLine($"Fields taken from {b}: {string.Join(", ", fields.Where(f => f.Value == MergeSide.Merged).Select(f => f.Key).DefaultIfEmpty("none"))}.");
                    return 0;
                case MergeOutcome.Invalid invalid:
                    foreach (var message in invalid.Errors.SelectMany(e => e.Value))
                    {
                        await Console.Error.WriteLineAsync("error: " + message);
                    }

                    return 2;
                case MergeOutcome.Conflict:
                    await Console.Error.WriteLineAsync("error: one of the people changed meanwhile; try again.");
                    return 1;
                default:
                    await Console.Error.WriteLineAsync("error: person not found.");
                    return 2;
            }
        }));
        return command;
    }

    private static Command Unmerge()
    {
        var id = new Argument<int>("MERGE_ID") { Description = "The merge to revert (see the administrators' merges page or the merge output)." };
        var command = new Command("unmerge", "Revert a merge: move back what it moved, restore the survivor's fields, show the merged person again.") { id };
        command.SetAction((result, ct) => LiaisonCommandLine.WithServicesAsync(result, async services =>
        {
            switch (await services.GetRequiredService<PersonMerger>().RevertAsync(result.GetValue(id), ct))
            {
                case RevertOutcome.Reverted r:
                    Console.WriteLine($"Reverted merge #{r.MergeId}: person {r.MergedId} is back.");
                    Console.WriteLine($"Moved back: {r.Moved.Positions} position(s), {r.Moved.Touchpoints} touchpoint(s), {r.Moved.Channels} contact channel(s), {r.Moved.Names} name(s), {r.Moved.Tasks} task(s){(r.Moved.Photo ? ", the photo" : "")}.");
                    return 0;
                case RevertOutcome.Refused refused:
                    foreach (var problem in refused.Problems)
                    {
                        await Console.Error.WriteLineAsync("error: " + problem);
                    }

                    return 1;
                default:
                    await Console.Error.WriteLineAsync($"error: no merge {result.GetValue(id)}.");
                    return 2;
            }
        }));
        return command;
    }

    private static MergeSide Choose(Person survivor, Person merged, string field, MergeSide preferred)
    {
        if (field == nameof(Person.Classification))
        {
            return MergeFields.DefaultSide(survivor, merged, field);
        }

        var (first, second) = preferred == MergeSide.Survivor ? (survivor, merged) : (merged, survivor);
        var side = MergeFields.IsEmpty(MergeFields.Get(first, field)) && !MergeFields.IsEmpty(MergeFields.Get(second, field))
            ? (preferred == MergeSide.Survivor ? MergeSide.Merged : MergeSide.Survivor)
            : preferred;
        return side;
    }

    private static string Describe(PersonRef p) => p.CountryIso3 is null ? p.NameEn : $"{p.NameEn} ({p.CountryIso3})";
}
