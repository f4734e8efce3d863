using NorthPool.Localization;

namespace NorthPool.Commands;

public static class TaskLookupReplies
{
    public static string NotFound(TaskResolution.NotFound notFound, Language language) =>
        notFound.Suggestions.Count == 0
            ? Texts.Get(language, TextId.TaskNotFound, notFound.Reference)
            : Texts.Get(language, TextId.TaskNotFoundSuggestions, notFound.Reference, TaskLabel.List(notFound.Suggestions, Separator(language)));

    public static string Ambiguous(TaskResolution.Ambiguous ambiguous, Language language) =>
        Texts.Get(language, TextId.TaskAmbiguous, ambiguous.Reference, TaskLabel.List(ambiguous.Candidates, Separator(language)));

    private static string Separator(Language language) => language == Language.ZhCn ? "、" : ", ";
}
