using LiteDB;
using NorthPool.Storage;

namespace NorthPool.Reports;

public static class ReportCollections
{
    public static readonly IReadOnlyList<StoreCollection> All =
    [
        StoreCollection.Of<ReportChannel>("reportChannels", e => e.Id(c => c.Id, autoId: false).Ignore(c => c.ChannelId)),
        StoreCollection.Of<ReportRun>("reportRuns", e => e.Id(r => r.Id, autoId: false), c => c.EnsureIndex(r => r.ChannelId)),
        StoreCollection.Of<Directive>("directives", e => e.Id(d => d.Id, autoId: true), c => c.EnsureIndex(d => d.At)),
    ];

    extension(NorthPoolDb db)
    {
        public ILiteCollection<ReportChannel> ReportChannels => db.Database.GetCollection<ReportChannel>("reportChannels");
        public ILiteCollection<ReportRun> ReportRuns => db.Database.GetCollection<ReportRun>("reportRuns");
        public ILiteCollection<Directive> Directives => db.Database.GetCollection<Directive>("directives");
    }
}
