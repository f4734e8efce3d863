using NorthPool.Crm;
using NorthPool.Localization;

namespace NorthPool.Tests.Crm;

public sealed class FormValuesTests
{
    private static readonly IReadOnlyList<FormField> Fields =
    [
        new("name", CrmText.FormName, FieldKind.Text) { Required = true, MaxLength = 10 },
        new("amount", CrmText.FormAmountWan, FieldKind.Number) { Min = 0.0001m },
        new("term", CrmText.FormTermMonths, FieldKind.Number) { Min = 1, Max = 120, WholeNumber = true },
        new("on", CrmText.FormSignedOn, FieldKind.Date),
        new("kind", CrmText.FormPartnerKind, FieldKind.Choice) { Choices = FormField.ChoicesOf<PartnerKind>(Language.ZhCn, CrmTexts.Of) },
        new("key", CrmText.CardKey, FieldKind.Toggle),
    ];

    private static FormValues Read(Language language, params (string, string)[] sent) =>
        FormValues.Read(Fields, sent.ToDictionary(s => s.Item1, s => s.Item2), language);

    [Fact]
    public void GoodValuesAreReadTypedAndTrimmed()
    {
        var values = Read(Language.ZhCn, ("name", "  广东移动 "), ("amount", "80.5"), ("term", "12"), ("on", "2026-12-05"), ("kind", "Channel"), ("key", "true"));

        Assert.True(values.IsValid);
        Assert.Equal("广东移动", values["name"]);
        Assert.Equal(80.5m, values.Number("amount"));
        Assert.Equal(new DateOnly(2026, 12, 5), values.Date("on"));
        Assert.Equal(PartnerKind.Channel, values.Choice<PartnerKind>("kind"));
        Assert.True(values.Toggle("key"));
    }

    [Fact]
    public void EachBadFieldGetsItsOwnMessageInTheFormsLanguage()
    {
        var zh = Read(Language.ZhCn, ("name", ""), ("amount", "0"), ("term", "1.5"), ("on", "12/05"), ("kind", "Friend"), ("key", "yes"));

        Assert.Equal("请填写名称。", zh.Errors["name"]);
        Assert.Equal("金额（万元）应在 0.0001 到 1000000 之间。", zh.Errors["amount"]);
        Assert.Equal("期限（月）应为数字。", zh.Errors["term"]);
        Assert.Equal("签约日期应为日期，如 2026-12-05。", zh.Errors["on"]);
        Assert.Equal("类型只能选：技术 / 渠道 / 系统集成商 / 协会。", zh.Errors["kind"]);
        Assert.Equal("重点客户只能选：true / false。", zh.Errors["key"]);

        var en = Read(Language.EnUs, ("name", "Guangdong Mobile of China"), ("term", "121"));
        Assert.Equal("Name must be at most 10 characters.", en.Errors["name"]);
        Assert.Equal("Term (months) must be between 1 and 120.", en.Errors["term"]);
    }

    [Fact]
    public void EmptyOptionalFieldsAreNullAndAQuoteCannotBreakTheComposedCommand()
    {
        var values = Read(Language.ZhCn, ("name", "a\"b"));

        Assert.Equal("名称里不能有英文双引号。", values.Errors["name"]);
        Assert.Null(values["amount"]);
        Assert.Null(values.Number("amount"));
        Assert.False(values.Toggle("key"));
    }
}
