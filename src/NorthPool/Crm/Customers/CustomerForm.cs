using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Storage;

namespace NorthPool.Crm;

// 表单 客户 creates (客户 新建 …, with its duplicate checks); 表单 客户 广东移动 edits, a rename or a new alias
// refused when another customer already has that name.
public sealed class CustomerForm(CustomerResolver resolver, NorthPoolDb db, RecordEditor editor, CustomerDirectory directory) : CrmForm
{
    public override string Name => "customer";
    public override string[] Words => ["客户", "customer"];
    public override CrmText Title => CrmText.FormCustomerTitle;
    public override CrmText EditTitle => CrmText.FormCustomerEditTitle;
    public override string? CustomerField => null;
    public override bool CanEdit => true;

    public override IReadOnlyList<FormField> Fields(Language language) =>
    [
        new("name", CrmText.FormName, FieldKind.Text) { Required = true },
        new("aliases", CrmText.CardAliases, FieldKind.Text) { Hint = CrmText.FormAliasesHint, MaxLength = 200 },
        new("industry", CrmText.CardIndustry, FieldKind.Choice) { Required = true, Choices = FormField.ChoicesOf<Industry>(language, CrmTexts.Of) },
        new("level", CrmText.CardLevel, FieldKind.Choice) { Required = true, Choices = FormField.ChoicesOf<CustomerLevel>(language, CrmTexts.Of) },
        new("region", CrmText.CardRegion, FieldKind.Text),
        new("key", CrmText.CardKey, FieldKind.Toggle) { Hint = CrmText.FormKeyHint },
        new("confirm", CrmText.FormConfirm, FieldKind.Toggle) { Hint = CrmText.FormConfirmHint },
    ];

    public override string Command(FormValues values)
    {
        var words = new List<string>
        {
            "新建", FormValues.Quote(values["name"]!),
            CrmTexts.Of(Language.ZhCn, values.Choice<Industry>("industry")!.Value), CrmTexts.Of(Language.ZhCn, values.Choice<CustomerLevel>("level")!.Value),
        };
        if (values["region"] is { } region)
            words.Add(FormValues.Quote(region));
        if (values.Toggle("key"))
            words.Add(CrmWords.KeyWords[0]);
        foreach (var alias in Aliases(values["aliases"]))
            words.AddRange([CrmWords.AliasWords[0], FormValues.Quote(alias)]);
        if (values.Toggle("confirm"))
            words.Add(CrmWords.ConfirmWords[0]);
        return string.Join(' ', words);
    }


    public override FormRecord Find(string typed, Language language)
    {
        var resolution = resolver.Resolve(typed);
        if (resolution is not CustomerResolution.Found { Customer: var customer })
            return new FormRecord.Missing(CustomerCommand.Explain(resolution, language));
        return new FormRecord.Found(customer.Id, customer.Label,
        [
            new("name", CrmText.FormName, FieldKind.Text) { Required = true, Value = customer.Name },
            new("aliases", CrmText.CardAliases, FieldKind.Text) { Hint = CrmText.FormAliasesHint, MaxLength = 200, Value = customer.Aliases.Count > 0 ? string.Join(", ", customer.Aliases) : null },
            new("industry", CrmText.CardIndustry, FieldKind.Choice) { Required = true, Choices = FormField.ChoicesOf<Industry>(language, CrmTexts.Of), Value = customer.Industry.ToString() },
            new("level", CrmText.CardLevel, FieldKind.Choice) { Required = true, Choices = FormField.ChoicesOf<CustomerLevel>(language, CrmTexts.Of), Value = customer.Level.ToString() },
            new("status", CrmText.CardStatus, FieldKind.Choice) { Required = true, Choices = FormField.ChoicesOf<CustomerStatus>(language, CrmTexts.Of), Value = customer.Status.ToString() },
            new("region", CrmText.CardRegion, FieldKind.Text) { Value = customer.Region },
            new("key", CrmText.CardKey, FieldKind.Toggle) { Hint = CrmText.FormKeyHint, Value = customer.IsKey ? "true" : "false" },
            new("profile", CrmText.FormProfile, FieldKind.LongText)
            {
                Hint = CrmText.FormProfileHint, MaxLength = FormField.MaxLongText,
                Value = customer.Profile.Count > 0 ? string.Join("\n", customer.Profile.Select(p => $"{p.Key}：{p.Value}")) : null,
            },
        ]);
    }

    public override Task<RecordEdit> SaveAsync(long id, FormValues values, string detail, CommandContext context, CancellationToken cancellationToken) =>
        editor.EditAsync(db.Customers, Spec(values), id, context.Member, detail, context.ActivityId, cancellationToken);

    private RecordEditSpec<Customer> Spec(FormValues values) => new("customer", c => c.OwnerId, c => c.OwnerName ?? c.OwnerId ?? "—", c => c.Label, c => c.Name,
        (c, at) => c with
        {
            Name = values["name"]!, Aliases = Aliases(values["aliases"]), Industry = values.Choice<Industry>("industry")!.Value,
            Level = values.Choice<CustomerLevel>("level")!.Value, Status = values.Choice<CustomerStatus>("status")!.Value,
            Region = values["region"], IsKey = values.Toggle("key"), Profile = Profile(values["profile"]), UpdatedAt = at,
        })
    {
        Refuse = (_, edited) => edited.Keys
            .Select(key => db.Customers.Query().Where("$.Keys[*] ANY = @0", key).ToEnumerable().FirstOrDefault(other => other.Id != edited.Id))
            .FirstOrDefault(other => other is not null) is { } taken
                ? new RecordEdit.Refused(CrmText.CustomerExists, [taken.Label, taken.Name])
                : null,
        AfterCommit = directory.Apply,
    };

    // "决策人：王总" per line; a line without a colon is not a field.
    private static Dictionary<string, string> Profile(string? typed)
    {
        var profile = new Dictionary<string, string>();
        foreach (var line in (typed ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOfAny(['：', ':']);
            if (colon > 0 && line[..colon].Trim() is { Length: <= CustomerCommand.MaxProfileKey } key && profile.Count < CustomerCommand.MaxProfileFields)
                profile[key] = line[(colon + 1)..].Trim();
        }
        return profile;
    }

    private static List<string> Aliases(string? typed) =>
        CustomerNames.SplitAliases(typed).Distinct().ToList();
}
