using Liaison.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.CompiledModel;

/// <summary>
/// Writes the compiled EF Core model of one provider, as <c>dotnet ef dbcontext optimize</c> would: the model built
/// from Liaison's configuration without its visibility filters (EF cannot write query filters as code; the product adds
/// them at run time), as C# in the namespace <c>Liaison.Data.CompiledModels.{Sqlite|Postgres}</c>.
/// </summary>
public static class CompiledModelWriter
{
    public static string Folder(DatabaseProvider provider) => provider.ToString();

    /// <summary>Writes the model's files into <paramref name="directory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(DatabaseProvider provider, string directory)
    {
        AppContext.SetSwitch(LiaisonDbContext.GeneratingCompiledModelSwitch, true);
        try
        {
            var options = new DbContextOptionsBuilder<LiaisonDbContext>();
            // Never opened: the model depends on the provider, not on a database.
            DataServiceExtensions.Configure(options, provider,
                provider == DatabaseProvider.Postgres ? "Host=127.0.0.1;Database=liaison;Username=liaison" : "Data Source=liaison.db", compiledModel: false);
            // Its own EF services, so that the model without filters is not cached where another context could find it.
            options.EnableServiceProviderCaching(false);
            using var context = new LiaisonDbContext(options.Options);

            var services = new ServiceCollection();
            services.AddEntityFrameworkDesignTimeServices();
            services.AddDbContextDesignTimeServices(context);
            IDesignTimeServices providerServices = provider == DatabaseProvider.Postgres
                ? new Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal.NpgsqlDesignTimeServices()
                : new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices();
            providerServices.ConfigureDesignTimeServices(services);
            using var designTime = services.BuildServiceProvider();

            var files = designTime.GetRequiredService<ICompiledModelScaffolder>().ScaffoldModel(
                context.GetService<IDesignTimeModel>().Model,
                directory,
                new CompiledModelCodeGenerationOptions
                {
                    ContextType = typeof(LiaisonDbContext),
                    ModelNamespace = "Liaison.Data.CompiledModels." + Folder(provider),
                    Language = "C#",
                    UseNullableReferenceTypes = true,
                });

            // The assembly attribute would make EF use this model for every context without a model of its own: two
            // providers' models in one assembly would clash, and the tool could not build the model from the
            // configuration. Liaison picks the provider's model itself (Data/CompiledModels/CompiledModel.cs).
            var attributes = files.Where(f => f.EndsWith("AssemblyAttributes.cs", StringComparison.Ordinal)).ToList();
            attributes.ForEach(File.Delete);
            return files.Except(attributes).ToList();
        }
        finally
        {
            AppContext.SetSwitch(LiaisonDbContext.GeneratingCompiledModelSwitch, false);
        }
    }
}
