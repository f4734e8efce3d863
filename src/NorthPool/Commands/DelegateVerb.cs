namespace NorthPool.Commands;

// A verb whose work is a method of its feature's command class, resolved on first use so that reading the
// registry (parser, help) does not build every feature's services.
public sealed class DelegateVerb(VerbSpec spec, Func<VerbHandler> handler) : IVerb
{
    private readonly Lazy<VerbHandler> _handler = new(handler);

    public VerbSpec Spec => spec;

    public Task<Reply> HandleAsync(VerbCall call, CancellationToken cancellationToken) => _handler.Value(call, cancellationToken);
}
