using NorthPool.Localization;

namespace NorthPool.Crm;

// 表单 联系人: 联系人 <customer> <name> [title] [phone] [e-mail]. The same customer and name again updates that
// person, so this form also corrects one.
public sealed class ContactForm : CrmForm
{
    public override string Name => "contact";
    public override string[] Words => ["联系人", "contacts", "person"];
    public override CrmText Title => CrmText.FormContactTitle;

    public override IReadOnlyList<FormField> Fields(Language language) =>
    [
        new("customer", CrmText.FormCustomer, FieldKind.Text) { Required = true, Hint = CrmText.FormCustomerHint },
        new("name", CrmText.FormName, FieldKind.Text) { Required = true },
        new("title", CrmText.FormContactRole, FieldKind.Text),
        new("phone", CrmText.FormPhone, FieldKind.Text) { MaxLength = 30 },
        new("email", CrmText.FormEmail, FieldKind.Text),
    ];

    public override string Command(FormValues values) => string.Join(' ', new[]
    {
        FormValues.Quote(values["customer"]!), FormValues.Quote(values["name"]!),
        values["title"] is { } title ? FormValues.Quote(title) : null, values["phone"]?.Replace(" ", ""), values["email"],
    }.OfType<string>());

}
