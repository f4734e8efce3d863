namespace NorthPool.CardViews;

// After a change to TaskId: update its posted cards, except SkipActivityId (just posted, already current); the card
// whose button made the change (SourceActivityId) keeps the notice, so everyone sees what happened.
public sealed record CardUpdate(string TaskId, string? SkipActivityId = null, string? SourceActivityId = null, CardNotice? SourceNotice = null);
