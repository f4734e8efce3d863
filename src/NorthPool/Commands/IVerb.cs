namespace NorthPool.Commands;

// A command a member can type or press: its words, help line and permission (Spec) and what it does. Each feature
// registers its verbs with AddVerb; the parser, the dispatcher, the help card and card buttons all read the registry.
public interface IVerb
{
    VerbSpec Spec { get; }

    Task<Reply> HandleAsync(VerbCall call, CancellationToken cancellationToken);
}
