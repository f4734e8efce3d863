using System.Globalization;
using System.Text;
using LiteDB;

namespace NorthPool.FixtureGenerator;

// What a NorthPool file holds, read raw (BsonDocuments, no app types) from a scratch copy so the file itself is never
// opened for writing. Prints Markdown for the fixture's .md; times in Asia/Shanghai (+08:00).
public static class Inventory
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static string Describe(string path)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "northpool-fixture", Guid.NewGuid().ToString("N"), Path.GetFileName(path));
        Directory.CreateDirectory(Path.GetDirectoryName(scratch)!);
        File.Copy(path, scratch);
        try
        {
            using var db = new LiteDatabase(new ConnectionString { Filename = scratch, Connection = ConnectionType.Direct, ReadOnly = true });
            return Describe(db);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(scratch)!, recursive: true);
        }
    }

    private static string Describe(LiteDatabase db)
    {
        var md = new StringBuilder();
        md.AppendLine("### Row counts").AppendLine().AppendLine("| collection | rows |").AppendLine("| --- | --- |");
        foreach (var name in db.GetCollectionNames().Order(StringComparer.Ordinal))
            md.AppendLine($"| {name} | {db.GetCollection(name).Count()} |");

        var tasks = db.GetCollection("tasks").FindAll().ToList();
        md.AppendLine().AppendLine("### Tasks").AppendLine();
        md.AppendLine("Per pool/state: " + string.Join(", ", tasks.GroupBy(t => $"{t["Pool"].AsString}/{t["State"].AsString}").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")))
            .AppendLine()
            .AppendLine("Every task not in its seeded state (all others: `Pooled`, no owner, progress 0, `Version` 0):").AppendLine()
            .AppendLine("| id | state | owner | progress | note | state since | version |").AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var t in tasks.Where(t => t["State"].AsString != "Pooled" || t["Version"].AsInt32 != 0).OrderBy(t => t["_id"].AsString, StringComparer.Ordinal))
            md.AppendLine($"| {t["_id"].AsString} | {t["State"].AsString} | {Owner(t)} | {t["Progress"].AsInt32} | {Text(t["ProgressNote"])} | {Time(t["StateSince"])} | {t["Version"].AsInt32} |");

        var audit = db.GetCollection("audit").FindAll().OrderBy(a => a["_id"].AsInt64).ToList();
        md.AppendLine().AppendLine("### Audit (history)").AppendLine().Append("Rows per task: ")
            .AppendLine(string.Join(", ", audit.GroupBy(a => a["TaskId"].AsString).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")))
            .AppendLine().AppendLine("| _id | task | at | actor | trigger | from → to | reason | progress | activity |").AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var a in audit)
            md.AppendLine($"| {a["_id"].AsInt64} | {a["TaskId"].AsString} | {Time(a["At"])} | {a["ActorId"].AsString} {Text(a["ActorName"])} | {a["Trigger"].AsString} | {a["From"].AsString} → {a["To"].AsString} | {Text(a["Reason"])} | {Text(a["Progress"])} | {Text(a["ActivityId"])} |");

        md.AppendLine().AppendLine("### Card posts").AppendLine().AppendLine("| _id | task | conversation | type | activity | language | posted |").AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var p in db.GetCollection("cardPosts").FindAll().OrderBy(p => p["_id"].AsInt64))
            md.AppendLine($"| {p["_id"].AsInt64} | {p["TaskId"].AsString} | {p["ConversationId"].AsString} | {Text(p["ConversationType"])} | {p["ActivityId"].AsString} | {p["Language"].AsString} | {Time(p["PostedAt"])} |");

        md.AppendLine().AppendLine("### Report channel").AppendLine();
        foreach (var c in db.GetCollection("reportChannels").FindAll())
            md.AppendLine($"`{c["_id"].AsString}`: conversation {c["Reference"]["ConversationId"].AsString}, registered by {Text(c["RegisteredBy"])} at {Time(c["RegisteredAt"])}");

        md.AppendLine().AppendLine("### Report runs").AppendLine().AppendLine("| _id | slot | status | catch-up | activity | error | snapshot | started | finished |").AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var r in db.GetCollection("reportRuns").FindAll().OrderBy(r => r["Slot"].AsDateTime))
            md.AppendLine($"| {Text(r["_id"])} | {Time(r["Slot"])} | {r["Status"].AsString} | {r["CatchUp"].AsBoolean} | {Text(r["ActivityId"])} | {Text(r["Error"])} | {(r["Snapshot"].IsNull ? "—" : "yes")} | {Time(r["StartedAt"])} | {Time(r["FinishedAt"])} |");

        md.AppendLine().AppendLine("### Directives").AppendLine().AppendLine("| _id | text | author | at | task ids | owner | state | updated |").AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var d in db.GetCollection("directives").FindAll().OrderBy(d => d["_id"].AsInt64))
            md.AppendLine($"| {d["_id"].AsInt64} | {d["Text"].AsString} | {d["AuthorId"].AsString} {d["AuthorName"].AsString} | {Time(d["At"])} | {string.Join(",", d["TaskIds"].AsArray.Select(x => x.AsString))} | {Text(d["OwnerId"])} {Text(d["OwnerName"])} | {d["State"].AsString} | {Time(d["UpdatedAt"])} |");

        md.AppendLine().AppendLine("### Members (preferences)").AppendLine();
        foreach (var m in db.GetCollection("members").FindAll())
            md.AppendLine($"- {m["_id"].AsString}: language {Text(m["Language"])}, updated {Time(m["UpdatedAt"])}");

        md.AppendLine().AppendLine("### Conversations").AppendLine().AppendLine("| _id | type | user | locale | verified | updated |").AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var c in db.GetCollection("conversations").FindAll().OrderBy(c => c["_id"].AsString, StringComparer.Ordinal))
            md.AppendLine($"| {c["_id"].AsString} | {Text(c["Reference"]["ConversationType"])} | {Text(c["Reference"]["UserId"])} | {Text(c["Reference"]["Locale"])} | {c["ServiceUrlVerified"].AsBoolean} | {Time(c["UpdatedAt"])} |");

        md.AppendLine().AppendLine("### Settings").AppendLine();
        foreach (var s in db.GetCollection("settings").FindAll())
            md.AppendLine($"- `{s["_id"].AsString}` = `{s["Value"].AsString}`");
        return md.ToString();
    }

    private static string Owner(BsonDocument task) => task["OwnerId"].IsNull ? "—" : $"{task["OwnerId"].AsString} {Text(task["OwnerName"])}";

    // A table cell: "—" for null, and '|' escaped (report run ids and errors contain one).
    private static string Text(BsonValue value) =>
        value.IsNull ? "—" : (value.IsString ? value.AsString : Convert.ToString(value.RawValue, CultureInfo.InvariantCulture)!).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Time(BsonValue value) =>
        value.IsNull ? "—" : new DateTimeOffset(value.AsDateTime.ToUniversalTime(), TimeSpan.Zero).ToOffset(China).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
