using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Storage;

namespace NorthPool.Crm;

// 表单 伙伴 adds a partner (伙伴 新建 <name> <kind> <level>, counted toward EC-001/EC-002); 表单 伙伴 华为 edits its
// kind, level and state.
public sealed class PartnerForm(PartnerStore partners, NorthPoolDb db, RecordEditor editor) : CrmForm
{
    public override string Name => "partner";
    public override string[] Words => ["伙伴", "合作伙伴", "partner"];
    public override CrmText Title => CrmText.FormPartnerTitle;
    public override CrmText EditTitle => CrmText.FormPartnerEditTitle;
    public override string? CustomerField => null;
    public override bool CanEdit => true;

    public override IReadOnlyList<FormField> Fields(Language language) =>
    [
        new("name", CrmText.FormName, FieldKind.Text) { Required = true },
        new("kind", CrmText.FormPartnerKind, FieldKind.Choice) { Required = true, Choices = FormField.ChoicesOf<PartnerKind>(language, CrmTexts.Of) },
        new("level", CrmText.FormPartnerLevel, FieldKind.Choice) { Required = true, Choices = FormField.ChoicesOf<PartnerLevel>(language, CrmTexts.Of), Value = nameof(PartnerLevel.Standard) },
    ];

    public override string Command(FormValues values) => string.Join(' ',
        CrmWords.NewWords[0], FormValues.Quote(values["name"]!),
        CrmTexts.Of(Language.ZhCn, values.Choice<PartnerKind>("kind")!.Value), CrmTexts.Of(Language.ZhCn, values.Choice<PartnerLevel>("level")!.Value));


    public override FormRecord Find(string typed, Language language)
    {
        var partner = typed.StartsWith("#P", StringComparison.OrdinalIgnoreCase) && long.TryParse(typed.AsSpan(2), out var id) ? partners.Find(id) : partners.Named(typed);
        if (partner is null)
            return new FormRecord.Missing(CrmTexts.Get(language, CrmText.PartnerNotFound, typed));
        return new FormRecord.Found(partner.Id, partner.Label,
        [
            new("kind", CrmText.FormPartnerKind, FieldKind.Choice) { Required = true, Choices = FormField.ChoicesOf<PartnerKind>(language, CrmTexts.Of), Value = partner.Kind.ToString() },
            new("level", CrmText.FormPartnerLevel, FieldKind.Choice) { Required = true, Choices = FormField.ChoicesOf<PartnerLevel>(language, CrmTexts.Of), Value = partner.Level.ToString() },
            new("state", CrmText.FormPartnerState, FieldKind.Choice) { Required = true, Choices = FormField.ChoicesOf<PartnerState>(language, CrmTexts.Of), Value = partner.State.ToString() },
        ]);
    }

    public override Task<RecordEdit> SaveAsync(long id, FormValues values, string detail, CommandContext context, CancellationToken cancellationToken) =>
        editor.EditAsync(db.Partners, new RecordEditSpec<Partner>("partner", p => p.OwnerId, p => p.OwnerName ?? p.OwnerId, p => p.Label, p => p.Name,
            (p, _) => p with
            {
                Kind = values.Choice<PartnerKind>("kind")!.Value, Level = values.Choice<PartnerLevel>("level")!.Value, State = values.Choice<PartnerState>("state")!.Value,
            }),
            id, context.Member, detail, context.ActivityId, cancellationToken);
}
