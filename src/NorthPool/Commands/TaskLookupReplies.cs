using NorthPool.Localization;

namespace NorthPool.Commands;

public static class TaskLookupReplies
{
    public static string NotFound(TaskResolution.NotFound notFound, Language language) =>
        notFound.Suggestions.Count == 0
            ? Texts.Get(language, TextId.TaskNotFound, notFound.Reference)
            : Texts.Get(language, TextId.TaskNotFoundSuggestions, notFound.Reference, string.Join(language.ListSeparator(), notFound.Suggestions));

    public static string Ambiguous(TaskResolution.Ambiguous ambiguous, Language language) =>
        Texts.Get(language, TextId.TaskAmbiguous, ambiguous.Reference, TaskLabel.List(ambiguous.Candidates, language.ListSeparator()));

    public static string NotStarted(TaskResolution.NotStarted notStarted, Language language) =>
        Texts.Get(language, TextId.TaskNotStarted, $"[{notStarted.Template.Id}] {notStarted.Template.Name}", notStarted.Template.FrequencyText);

    // Any resolution that did not find one task, as a sentence.
    public static string Explain(TaskResolution resolution, Language language) => resolution switch
    {
        TaskResolution.NotFound notFound => NotFound(notFound, language),
        TaskResolution.Ambiguous ambiguous => Ambiguous(ambiguous, language),
        TaskResolution.NotStarted notStarted => NotStarted(notStarted, language),
        _ => throw new ArgumentOutOfRangeException(nameof(resolution)),
    };
}
