using NorthPool.Cards;
using NorthPool.Commands;
using NorthPool.Localization;

namespace NorthPool.Crm;

// 表单 <record> [which]: a record's card form. 表单 商机 opens an empty one (a customer card's buttons prefill the
// customer); 表单 商机 #12 opens #12's values to edit, for forms that edit. The form's save button comes back here with
// the inputs: a field that fails its check shows the form again with the message under it; otherwise the record is
// created through its verb (dispatched as if typed) or saved through its store, and the card becomes the answer.
public sealed class CrmFormCommand(IEnumerable<CrmForm> forms, CrmChangeLog changes, CommandDispatcher commands)
{
    public async Task<Reply> HandleAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var language = call.Context.Language;
        var words = CrmArgs.Words(call.Args);
        var form = words.Count > 0 ? forms.FirstOrDefault(f => CrmWords.Is(words[0], f.Words)) : null;
        if (form is null)
            return CrmTexts.Reply(language, CrmText.FormUsage, string.Join(language.ListSeparator(), forms.Select(f => f.Words[language == Language.ZhCn ? 0 : f.Words.Length - 1])));

        var which = words.Count > 1 ? string.Join(' ', words[1..]) : null;
        var sent = FormSubmission.From(call.Context.Activity);
        return which is not null && form.Names(which)
            ? await EditAsync(form, which, sent, call.Context, cancellationToken)
            : await CreateAsync(form, which, sent, call, cancellationToken);
    }

    private async Task<Reply> CreateAsync(CrmForm form, string? customer, FormSubmission sent, VerbCall call, CancellationToken cancellationToken)
    {
        var language = call.Context.Language;
        var fields = form.Fields(language);
        if (!sent.Submitted)
        {
            var prefilled = fields.Select(f => sent.Values.TryGetValue(f.Id, out var v) ? f with { Value = v }
                : f.Id == form.CustomerField && customer is not null ? f with { Value = customer } : f).ToList();
            return Show(form, FormTarget.New, prefilled, language, null);
        }

        var values = FormValues.Read(fields, sent.Values, language);
        if (!values.IsValid)
            return Show(form, FormTarget.New, fields, language, values, CrmTexts.Get(language, CrmText.FormFix), error: true);
        var context = call.Context;
        var typed = new CommandRequest($"{form.Words[0]} {form.Command(values)}", context.Member, context.Activity?.ClientLocale, context.ActivityId,
            context.Origin ?? new CardOrigin(CardView.Help, Language: language), context.OnlyMemberSees) { Activity = context.Activity };
        var reply = await commands.HandleAsync(typed, cancellationToken);
        return changes.Made(call.Context.ActivityId)
            ? reply with { Card = reply.Card ?? AdaptiveCard.Saying(reply.Text) }
            : Show(form, FormTarget.New, fields, language, values, reply.Text, error: true);
    }

    private async Task<Reply> EditAsync(CrmForm form, string which, FormSubmission sent, CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var found = form.Find(which, language);
        if (found is FormRecord.Missing { Message: var missing })
            return new Reply(missing) { Language = language };
        var (id, label, fields) = (FormRecord.Found)found;
        var target = new FormTarget(id, label);
        if (!sent.Submitted)
            return Show(form, target, fields, language, null);

        var values = FormValues.Read(fields, sent.Values, language);
        if (!values.IsValid)
            return Show(form, target, fields, language, values, CrmTexts.Get(language, CrmText.FormFix), error: true);
        var changed = fields.Where(f => (values[f.Id] ?? "") != (f.Value ?? "")).ToList();
        if (changed.Count == 0)
            return Show(form, target, fields, language, values, CrmTexts.Get(language, CrmText.FormUnchanged, label), error: false);

        var detail = string.Join("; ", changed.Select(f => $"{f.Id}: {f.Value ?? "—"} → {values[f.Id] ?? "—"}"));
        switch (await form.SaveAsync(id, values, detail, context, cancellationToken))
        {
            case RecordEdit.Saved { Label: var saved, Name: var name }:
                var text = CrmTexts.Get(language, CrmText.FormSaved, saved, name, string.Join(language.ListSeparator(), changed.Select(f => CrmTexts.Get(language, f.Label))));
                return new Reply(text) { Language = language, Card = AdaptiveCard.Saying(text) };
            case RecordEdit.Forbidden { Owner: var owner }:
                return Show(form, target, fields, language, values, CrmTexts.Get(language, CrmText.FormForbidden, label, owner), error: true);
            case RecordEdit.Refused { Why: var why, Args: var args }:
                return Show(form, target, fields, language, values, CrmTexts.Get(language, why, args), error: true);
            default:
                return CrmTexts.Reply(language, CrmText.FormGone, label);
        }
    }

    private static Reply Show(CrmForm form, FormTarget target, IReadOnlyList<FormField> fields, Language language, FormValues? values, string? notice = null, bool error = false)
    {
        var card = FormCardBuilder.Build(form, target, fields, language, values, notice, error);
        return new Reply(notice ?? card.FallbackText ?? "") { Language = language, Card = card };
    }
}
