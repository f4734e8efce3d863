using NorthPool.Cards;
using NorthPool.Cards.Actions;
using NorthPool.Cards.Elements;
using NorthPool.Cards.Inputs;

namespace NorthPool.Tests.Cards;

public class CardJsonTests
{
    [Fact]
    public void ACardIsWrittenWithItsTypeFirstCamelCaseValuesAndNoNullsOrEmptyLists()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock("你好") { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Attention },
                new FactSet([new Fact("状态", "执行中")]) { Spacing = Spacing.Small },
                new Container([]) { Style = ContainerStyle.Emphasis },
            ],
            Actions = [],
        };

        Assert.Equal(
            """{"$schema":"http://adaptivecards.io/schemas/adaptive-card.json","type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"你好","size":"extraLarge","weight":"bolder","color":"attention","wrap":true},{"type":"FactSet","facts":[{"title":"状态","value":"执行中"}],"spacing":"small"},{"type":"Container","style":"emphasis"}]}""",
            CardJson.Serialize(card));
    }

    [Fact]
    public void ActionsCarryTheirDiscriminatorVerbDataAndFallback()
    {
        var card = new AdaptiveCard
        {
            Schema = null,
            Actions =
            [
                new ExecuteAction
                {
                    Title = "认领", Verb = "claim", Data = new { taskId = "BD-001" }, Style = ActionStyle.Positive,
                    Fallback = new SubmitAction { Title = "认领", Data = new { verb = "claim", taskId = "BD-001" } },
                },
                new ShowCardAction(new AdaptiveCard { Schema = null, Body = [new TextInput { Id = "reason", IsRequired = true, ErrorMessage = "请填写原因" }] }) { Title = "暂停" },
                new ToggleVisibilityAction(["history"]) { Title = "记录" },
                new OpenUrlAction("https://example.com/") { Title = "打开" },
            ],
        };

        Assert.Equal(
            """{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.Execute","verb":"claim","data":{"taskId":"BD-001"},"fallback":{"type":"Action.Submit","data":{"verb":"claim","taskId":"BD-001"},"title":"认领"},"title":"认领","style":"positive"},{"type":"Action.ShowCard","card":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","isRequired":true,"errorMessage":"请填写原因","id":"reason"}]},"title":"暂停"},{"type":"Action.ToggleVisibility","targetElements":["history"],"title":"记录"},{"type":"Action.OpenUrl","url":"https://example.com/","title":"打开"}]}""",
            CardJson.Serialize(card));
    }

    [Fact]
    public void TablesColumnsAndRunsCarryTheirFixedTypesAndThePluralHeaderFlag()
    {
        var card = new AdaptiveCard
        {
            Schema = null,
            Body =
            [
                new Table([new TableColumnDefinition(2)], [new TableRow([new TableCell([new TextBlock("a") { Wrap = null }])])]) { FirstRowAsHeaders = true },
                new ColumnSet([new Column([new RichTextBlock([new TextRun("b") { Weight = TextWeight.Bolder }])]) { Width = "auto" }]),
            ],
        };

        Assert.Equal(
            """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Table","columns":[{"width":2}],"rows":[{"type":"TableRow","cells":[{"type":"TableCell","items":[{"type":"TextBlock","text":"a"}]}]}],"firstRowAsHeaders":true},{"type":"ColumnSet","columns":[{"type":"Column","items":[{"type":"RichTextBlock","inlines":[{"type":"TextRun","text":"b","weight":"bolder"}]}],"width":"auto"}]}]}""",
            CardJson.Serialize(card));
    }

    [Fact]
    public void RefreshAndTeamsPropertiesAreWritten()
    {
        var card = new AdaptiveCard
        {
            Schema = null,
            Refresh = new Refresh(new ExecuteAction { Verb = "refresh", Data = new { taskId = "BD-001" } }) { UserIds = ["29:a"] },
            Msteams = new MsTeamsCardProperties { Entities = [new CardMention("<at>张伟</at>", new CardMentioned("29:a", "张伟"))] },
        };

        Assert.Equal(
            """{"type":"AdaptiveCard","version":"1.5","refresh":{"action":{"type":"Action.Execute","verb":"refresh","data":{"taskId":"BD-001"}},"userIds":["29:a"]},"msteams":{"entities":[{"type":"mention","text":"<at>张伟</at>","mentioned":{"id":"29:a","name":"张伟"}}]}}""",
            CardJson.Serialize(card));
    }
}
