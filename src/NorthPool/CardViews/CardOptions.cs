using Microsoft.Extensions.Options;

namespace NorthPool.CardViews;

public sealed class CardOptions
{
    public const string Section = "Cards";

    // Teams' user-specific views (card "refresh" with user ids). Null = on when BotFramework:AppId is set, i.e. in
    // real Teams; the Agents Playground does not support them and warns about every card that asks.
    public bool? UserSpecificViews { get; set; }

    // How many earlier posts of one task's card are updated in place after a change (newest first).
    public int MaxUpdatedPostsPerTask { get; set; } = 10;

    // How many conversations have their cards updated at once; each conversation's PUTs go one after another.
    public int UpdateConcurrency { get; set; } = 8;

    // How long a turn's card updates wait for its reply to be posted (so that card is not updated needlessly).
    public TimeSpan TurnHold { get; set; } = TimeSpan.FromSeconds(3);
}

public sealed class CardOptionsValidator : IValidateOptions<CardOptions>
{
    public ValidateOptionsResult Validate(string? name, CardOptions options)
    {
        var result = new ValidateOptionsResultBuilder();
        const string S = CardOptions.Section;
        if (options.MaxUpdatedPostsPerTask is < 1 or > 50)
            result.AddError($"{S}:MaxUpdatedPostsPerTask must be between 1 and 50, was {options.MaxUpdatedPostsPerTask}");
        if (options.UpdateConcurrency is < 1 or > 64)
            result.AddError($"{S}:UpdateConcurrency must be between 1 and 64, was {options.UpdateConcurrency}");
        if (options.TurnHold < TimeSpan.Zero || options.TurnHold > TimeSpan.FromSeconds(30))
            result.AddError($"{S}:TurnHold must be between 00:00:00 and 00:00:30, was {options.TurnHold}");
        return result.Build();
    }
}
