using LiteDB;
using Microsoft.Extensions.Options;
using NorthPool.CardViews;
using NorthPool.Members;
using NorthPool.Pools;
using NorthPool.Proactive;
using NorthPool.Reports;
using NorthPool.Tasks;

namespace NorthPool.Storage;

// The one LiteDB file. Reads go straight to the collections from any thread; writes go through StoreWriter.
public sealed class NorthPoolDb : IDisposable
{
    public NorthPoolDb(IOptions<StorageOptions> options)
    {
        var path = Path.GetFullPath(options.Value.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Database = new LiteDatabase(
            new ConnectionString { Filename = path, Connection = ConnectionType.Direct },
            CreateMapper());
        FilePath = path;
        foreach (var name in CollectionNames)
            CreateIfMissing(name);
        Tasks.EnsureIndex(t => t.Pool);
        Tasks.EnsureIndex(t => t.OwnerId);
        Tasks.EnsureIndex(t => t.TemplateId);
        Tasks.EnsureIndex(t => t.State);
        Tasks.EnsureIndex(t => t.CreatedAt);
        Tasks.EnsureIndex(t => t.Slot);
        Tasks.EnsureIndex(t => t.OpenTemplateId);
        Audit.EnsureIndex(a => a.TaskId);
        Audit.EnsureIndex(a => a.At);
        CardPosts.EnsureIndex(p => p.TaskId);
        ReportRuns.EnsureIndex(r => r.ChannelId);
        Directives.EnsureIndex(d => d.At);
    }

    // Every collection the app uses. All are created when the file is opened: LiteDB 5.0.x can fail a read
    // ("page type must be collection page") that races the transaction creating its collection (LiteDB #2792).
    public static readonly IReadOnlyList<string> CollectionNames =
        ["pools", "templates", "tasks", "audit", "members", "conversations", "cardPosts", "reportChannels", "reportRuns", "directives", "settings", "recurrences", "roles", Rhythm.RhythmSends.CollectionName];

    public LiteDatabase Database { get; }

    public string FilePath { get; }

    public ILiteCollection<Pool> Pools => Database.GetCollection<Pool>("pools");
    public ILiteCollection<TaskTemplate> Templates => Database.GetCollection<TaskTemplate>("templates");
    public ILiteCollection<TaskInstance> Tasks => Database.GetCollection<TaskInstance>("tasks");
    public ILiteCollection<AuditEntry> Audit => Database.GetCollection<AuditEntry>("audit");
    public ILiteCollection<MemberPreference> Members => Database.GetCollection<MemberPreference>("members");
    public ILiteCollection<StoredConversation> Conversations => Database.GetCollection<StoredConversation>("conversations");
    public ILiteCollection<TaskCardPost> CardPosts => Database.GetCollection<TaskCardPost>("cardPosts");
    public ILiteCollection<ReportChannel> ReportChannels => Database.GetCollection<ReportChannel>("reportChannels");
    public ILiteCollection<ReportRun> ReportRuns => Database.GetCollection<ReportRun>("reportRuns");
    public ILiteCollection<Directive> Directives => Database.GetCollection<Directive>("directives");
    public ILiteCollection<Setting> Settings => Database.GetCollection<Setting>("settings");
    public ILiteCollection<Recurrence> Recurrences => Database.GetCollection<Recurrence>("recurrences");
    public ILiteCollection<RoleGrant> Roles => Database.GetCollection<RoleGrant>("roles");

    public void Dispose() => Database.Dispose();

    private void CreateIfMissing(string name)
    {
        if (Database.CollectionExists(name))
            return;
        Database.BeginTrans();
        var collection = Database.GetCollection(name);
        collection.Insert(new BsonDocument { ["_id"] = "__create__" });
        collection.Delete("__create__");
        Database.Commit();
    }

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper { EnumAsInteger = false };
        mapper.RegisterType<DateTimeOffset>(
            value => new BsonValue(value.UtcDateTime),
            bson => new DateTimeOffset(bson.AsDateTime.ToUniversalTime(), TimeSpan.Zero));
        mapper.Entity<Pool>().Id(p => p.Code, autoId: false);
        mapper.Entity<TaskTemplate>().Id(t => t.Id, autoId: false);
        mapper.Entity<TaskInstance>().Id(t => t.Id, autoId: false);
        mapper.Entity<AuditEntry>().Id(a => a.Id, autoId: true);
        mapper.Entity<MemberPreference>().Id(m => m.MemberId, autoId: false);
        mapper.Entity<StoredConversation>().Id(c => c.ConversationId, autoId: false);
        mapper.Entity<TaskCardPost>().Id(p => p.Id, autoId: true);
        mapper.Entity<ReportChannel>().Id(c => c.Id, autoId: false).Ignore(c => c.ChannelId);
        mapper.Entity<ReportRun>().Id(r => r.Id, autoId: false);
        mapper.Entity<Directive>().Id(d => d.Id, autoId: true);
        mapper.Entity<Setting>().Id(s => s.Id, autoId: false);
        mapper.Entity<Recurrence>().Id(r => r.TemplateId, autoId: false);
        mapper.Entity<RoleGrant>().Id(g => g.Id, autoId: false);
        mapper.Entity<Rhythm.RhythmSend>().Id(s => s.Id, autoId: false);
        mapper.RegisterType<TimeOnly>(value => new BsonValue(value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)), bson => TimeOnly.Parse(bson.AsString, System.Globalization.CultureInfo.InvariantCulture));
        return mapper;
    }
}
