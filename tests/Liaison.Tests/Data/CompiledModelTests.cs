using System.Text.RegularExpressions;
using Liaison.CompiledModel;
using Liaison.Data;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Data;

/// <summary>
/// Liaison runs on compiled EF Core models (<c>src/Liaison/Data/CompiledModels</c>). They must be what the entities and
/// their configuration describe today, and must carry every visibility filter the configuration declares.
/// </summary>
public sealed partial class CompiledModelTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_compiled_model_is_the_one_the_configuration_describes(DatabaseProvider provider)
    {
        var committed = Path.Combine(SharedData.RepositoryRoot, "src", "Liaison", "Data", "CompiledModels", CompiledModelWriter.Folder(provider));
        var fresh = Directory.CreateTempSubdirectory("liaison-model-").FullName;
        try
        {
            CompiledModelWriter.Write(provider, fresh);

            var expected = Files(fresh);
            var actual = Files(committed);
            var stale = expected.Keys.Where(name => !actual.TryGetValue(name, out var text) || text != expected[name])
                .Concat(actual.Keys.Where(name => !expected.ContainsKey(name)))
                .Order(StringComparer.Ordinal).ToList();
            stale.ShouldBeEmpty($"The compiled {provider} model is out of date: run `dotnet run --project tools/Liaison.CompiledModel` from the repository's root and commit the result.");
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_compiled_model_carries_every_visibility_filter_of_the_configuration(DatabaseProvider provider)
    {
        using var configured = Context(provider, compiledModel: false);
        using var compiled = Context(provider, compiledModel: true);

        var expected = Filters(configured.Model);
        var actual = Filters(compiled.Model);

        expected.Count.ShouldBeGreaterThan(25);
        actual.Keys.ShouldBe(expected.Keys, ignoreOrder: true);
        foreach (var (entity, filter) in expected)
        {
            actual[entity].ShouldBe(filter, entity);
        }
    }

    private static LiaisonDbContext Context(DatabaseProvider provider, bool compiledModel)
    {
        var options = new DbContextOptionsBuilder<LiaisonDbContext>();
        DataServiceExtensions.Configure(options, provider,
            provider == DatabaseProvider.Postgres ? "Host=127.0.0.1;Database=never-opened" : "Data Source=never-opened.db", compiledModel);
        options.EnableServiceProviderCaching(false);
        return new LiaisonDbContext(options.Options);
    }

    private static Dictionary<string, string> Filters(Microsoft.EntityFrameworkCore.Metadata.IModel model) =>
        model.GetEntityTypes()
            .Where(e => e.GetDeclaredQueryFilters().Count > 0)
            .ToDictionary(e => e.Name, e => string.Join("\n", e.GetDeclaredQueryFilters().Select(f => f.Expression!.ToString())));

    // Each generation gives the model a new id.
    private static Dictionary<string, string> Files(string directory) =>
        Directory.GetFiles(directory, "*.cs").ToDictionary(f => Path.GetFileName(f), f => ModelId().Replace(File.ReadAllText(f).ReplaceLineEndings("\n"), "modelId: …"));

    [GeneratedRegex(@"modelId: new Guid\(""[0-9a-f-]+""\)")]
    private static partial Regex ModelId();
}
