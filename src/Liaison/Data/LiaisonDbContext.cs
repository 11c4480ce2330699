using Liaison.Features.Audit;
using Liaison.Features.Countries;
using Liaison.Features.Desks;
using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Documents;
using Liaison.Features.Engagements.Itinerary;
using Liaison.Features.Engagements.Logistics;
using Liaison.Features.Engagements.Outcomes;
using Liaison.Features.Imports;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Features.Relationships;
using Liaison.Features.Search;
using Liaison.Features.Touchpoints;
using Liaison.Features.Work;
using Liaison.Security;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data;

public sealed partial class LiaisonDbContext(DbContextOptions<LiaisonDbContext> options) : IdentityDbContext<AppUser>(options)
{
    private CurrentUser? _viewer;
    private AccessScope? _scope;

    /// <summary>Whose eyes this context reads with. Defaults to the signed-in user, or the system outside a request.</summary>
    public AccessScope Scope
    {
        get => _scope ??= _viewer?.Scope ?? AccessScope.System;
        set => _scope = value;
    }

    /// <summary>
    /// Hands a context leased from EF's pool to a request (<see cref="DataServiceExtensions"/>): it reads with that
    /// request's user from its first query, whatever it read with before. The user is asked only then, as the page
    /// or endpoint runs, not when the context is leased.
    /// </summary>
    internal LiaisonDbContext LeasedTo(CurrentUser? viewer)
    {
        ReadFor(viewer);
        return this;
    }

    // A pooled context is returned to the pool by its disposal: it keeps nobody's scope while it waits there, so one
    // leased without LeasedTo (straight from the factory) reads as the system, never as the request before.
    public override void Dispose()
    {
        ReadFor(null);
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        ReadFor(null);
        return base.DisposeAsync();
    }

    private void ReadFor(CurrentUser? viewer)
    {
        _viewer = viewer;
        _scope = null;
    }

    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Election> Elections => Set<Election>();
    public DbSet<ElectionResult> ElectionResults => Set<ElectionResult>();
    public DbSet<Desk> Desks => Set<Desk>();
    public DbSet<UserDesk> UserDesks => Set<UserDesk>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrganizationName> OrganizationNames => Set<OrganizationName>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<LineageLink> LineageLinks => Set<LineageLink>();
    public DbSet<StandingSpan> StandingSpans => Set<StandingSpan>();
    public DbSet<RelationshipLevel> RelationshipLevels => Set<RelationshipLevel>();
    public DbSet<Relationship> Relationships => Set<Relationship>();
    public DbSet<RelationshipLevelChange> RelationshipLevelChanges => Set<RelationshipLevelChange>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonName> PersonNames => Set<PersonName>();
    public DbSet<PersonPhoto> PersonPhotos => Set<PersonPhoto>();
    public DbSet<Position> Positions => Set<Position>();
    public DbSet<ContactChannel> ContactChannels => Set<ContactChannel>();
    public DbSet<CultivationTier> CultivationTiers => Set<CultivationTier>();
    public DbSet<PersonMerge> PersonMerges => Set<PersonMerge>();
    public DbSet<DistinctPeople> DistinctPeople => Set<DistinctPeople>();
    public DbSet<PersonMatchKey> PersonMatchKeys => Set<PersonMatchKey>();
    public DbSet<MatchKeyPair> MatchKeyPairs => Set<MatchKeyPair>();
    public DbSet<Touchpoint> Touchpoints => Set<Touchpoint>();
    public DbSet<TouchpointPerson> TouchpointPeople => Set<TouchpointPerson>();
    public DbSet<TouchpointOrganization> TouchpointOrganizations => Set<TouchpointOrganization>();
    public DbSet<TouchpointParticipant> TouchpointParticipants => Set<TouchpointParticipant>();
    public DbSet<TaskItem> Tasks => Set<TaskItem>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<Engagement> Engagements => Set<Engagement>();
    public DbSet<EngagementOrganization> EngagementOrganizations => Set<EngagementOrganization>();
    public DbSet<EngagementCountry> EngagementCountries => Set<EngagementCountry>();
    public DbSet<EngagementTransition> EngagementTransitions => Set<EngagementTransition>();
    public DbSet<EngagementMember> EngagementMembers => Set<EngagementMember>();
    public DbSet<ItineraryItem> ItineraryItems => Set<ItineraryItem>();
    public DbSet<LogisticsItem> LogisticsItems => Set<LogisticsItem>();
    public DbSet<Gift> Gifts => Set<Gift>();
    public DbSet<EngagementOutcome> EngagementOutcomes => Set<EngagementOutcome>();
    public DbSet<EngagementDocument> EngagementDocuments => Set<EngagementDocument>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<ImportRecord> ImportRecords => Set<ImportRecord>();
    public DbSet<ExternalId> ExternalIds => Set<ExternalId>();
    public DbSet<Features.Imports.Wizard.ImportMapping> ImportMappings => Set<Features.Imports.Wizard.ImportMapping>();
    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LiaisonDbContext).Assembly);
        builder.Entity<Features.Engagements.Itinerary.EngagementLength>().HasNoKey().ToSqlQuery(Features.Engagements.Itinerary.EngagementLength.Sql(IsPostgres));
        builder.Entity<Features.Engagements.Itinerary.MemberRank>().HasNoKey().ToSqlQuery(Features.Engagements.Itinerary.MemberRank.Sql);
        builder.Entity<TouchpointInvolvement>().HasNoKey().ToSqlQuery(TouchpointInvolvement.Sql);
        if (!AppContext.TryGetSwitch(GeneratingCompiledModelSwitch, out var generating) || !generating)
        {
            ApplyVisibilityFilters(builder);
        }
    }

    /// <summary>
    /// Set while <c>tools/Liaison.CompiledModel</c> writes the compiled models: EF Core cannot write query filters as
    /// code, so the model it compiles has none, and <see cref="CompiledModels.CompiledModel"/> adds them at run time.
    /// </summary>
    public const string GeneratingCompiledModelSwitch = "Liaison.GeneratingCompiledModel";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
