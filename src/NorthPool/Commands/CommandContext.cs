using NorthPool.Localization;
using NorthPool.Members;

namespace NorthPool.Commands;

public sealed record CommandContext(Member Member, Language Language, string? ActivityId);
