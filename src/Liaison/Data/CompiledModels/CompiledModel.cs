using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Internal;
using Microsoft.EntityFrameworkCore.Query;

namespace Liaison.Data.CompiledModels;

/// <summary>
/// The compiled EF Core model of each provider (<c>Data/CompiledModels/{Sqlite,Postgres}</c>, written by
/// <c>tools/Liaison.CompiledModel</c>), with the visibility filters that EF cannot write into it as code. Found by name,
/// so that the product still builds, from its configuration, while the generated files are being rewritten.
/// </summary>
internal static class CompiledModel
{
    private static readonly Lazy<IModel?> Sqlite = new(() => Load(DatabaseProvider.Sqlite));
    private static readonly Lazy<IModel?> Postgres = new(() => Load(DatabaseProvider.Postgres));

    public static IModel? For(DatabaseProvider provider) => (provider == DatabaseProvider.Postgres ? Postgres : Sqlite).Value;

    private static IModel? Load(DatabaseProvider provider)
    {
        var type = typeof(CompiledModel).Assembly.GetType($"{typeof(CompiledModel).Namespace}.{provider}.LiaisonDbContextModel");
        if (type?.GetProperty("Instance")?.GetValue(null) is not RuntimeModel model)
        {
            return null;
        }

        AttachFilters(model, provider == DatabaseProvider.Postgres);
        return model;
    }

    /// <summary>
    /// The filters are built on a model builder without conventions, so this does what EF's
    /// <c>QueryFilterRewritingConvention</c> does for a model it builds: a DbSet of the context inside a filter becomes the
    /// query root of its entity type.
    /// </summary>
    private static void AttachFilters(RuntimeModel model, bool postgres)
    {
#pragma warning disable EF1001 // The query filters' annotation and its collection type are EF Core internals.
        var rewriter = new DbSetRewriter(model);
        foreach (var source in LiaisonDbContext.FiltersFor(postgres).GetEntityTypes())
        {
            var filters = source.GetDeclaredQueryFilters();
            if (filters.Count > 0)
            {
                var runtime = new QueryFilterCollection(filters.Select(f => new RuntimeQueryFilter(f.Key!, (LambdaExpression)rewriter.Visit(f.Expression!))));
                ((RuntimeEntityType)model.FindEntityType(source.Name)!).AddAnnotation(CoreAnnotationNames.QueryFilter, runtime);
            }
        }
#pragma warning restore EF1001
    }

    private sealed class DbSetRewriter(IModel model) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node is { Expression: ConstantExpression { Value: DbContext }, Type.IsGenericType: true } && node.Type.GetGenericTypeDefinition() == typeof(DbSet<>)
                ? new EntityQueryRootExpression(model.FindEntityType(node.Type.GetGenericArguments()[0])!)
                : base.VisitMember(node);
    }
}
