using NorthPool.Tasks;

namespace NorthPool.CardViews;

// The verbs card buttons send. They are the English command words, so a button and a typed command take one path.
public static class CardVerbs
{
    public const string Refresh = "refresh";
    public const string Show = "show";
    public const string List = "list";
    public const string Mine = "mine";

    public static string For(TaskTrigger trigger) => trigger.ToString().ToLowerInvariant();
}
