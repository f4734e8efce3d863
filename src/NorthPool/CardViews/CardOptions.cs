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
}

public sealed class CardOptionsValidator : IValidateOptions<CardOptions>
{
    public ValidateOptionsResult Validate(string? name, CardOptions options) =>
        options.MaxUpdatedPostsPerTask is < 1 or > 50
            ? ValidateOptionsResult.Fail($"{CardOptions.Section}:MaxUpdatedPostsPerTask must be between 1 and 50, was {options.MaxUpdatedPostsPerTask}")
            : ValidateOptionsResult.Success;
}
