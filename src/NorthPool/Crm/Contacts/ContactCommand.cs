using System.Text.RegularExpressions;
using NorthPool.Commands;
using NorthPool.Localization;

namespace NorthPool.Crm;

// 联系人 <customer> <name> [title…] [phone] [e-mail]; 联系人 <customer> lists them.
public sealed partial class ContactCommand(CustomerResolver resolver, ContactStore contacts, TimeProvider timeProvider)
{
    public async Task<Reply> HandleAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var (context, language) = (call.Context, call.Context.Language);
        var words = CrmArgs.Words(call.Args);
        if (words.Count == 0)
            return CrmTexts.Reply(language, CrmText.ContactUsage);
        var resolution = resolver.Resolve(words[0]);
        if (resolution is not CustomerResolution.Found { Customer: var customer })
            return CustomerCommand.Unresolved(resolution, language);
        if (words.Count == 1)
        {
            var all = contacts.Of(customer.Id);
            return all.Count == 0
                ? CrmTexts.Reply(language, CrmText.ContactListEmpty, customer.Name)
                : new Reply(CrmTexts.Get(language, CrmText.ContactListTitle, customer.Name, all.Count) + "\n\n" + string.Join("\n", all.Select(c => "- " + Line(c)))) { Language = language };
        }

        string? phone = null, email = null;
        var title = new List<string>();
        foreach (var word in words[2..])
        {
            if (word.Contains('@'))
            {
                if (!Email().IsMatch(word))
                    return CrmTexts.Reply(language, CrmText.BadEmail, word);
                email = word;
            }
            else if (word.Any(char.IsDigit))
            {
                if (!Phone().IsMatch(word))
                    return CrmTexts.Reply(language, CrmText.BadPhone, word);
                phone = word;
            }
            else
            {
                title.Add(word);
            }
        }
        var saved = await contacts.SaveAsync(new Contact
        {
            Name = words[1], Title = title.Count > 0 ? string.Join(' ', title) : null, Phone = phone, Email = email,
            ById = context.Member.Id, CreatedAt = timeProvider.GetUtcNow(),
        }, customer, context.Member, context.ActivityId, cancellationToken);
        return CrmTexts.Reply(language, CrmText.ContactSaved, customer.Name, Line(saved));
    }

    public static string Line(Contact c) =>
        string.Join(" · ", new[] { c.Name, c.Title, c.Phone, c.Email }.OfType<string>());

    [GeneratedRegex(@"^\+?\d[\d\-]{5,19}$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
