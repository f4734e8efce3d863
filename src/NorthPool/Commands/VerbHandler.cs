namespace NorthPool.Commands;

public delegate Task<Reply> VerbHandler(VerbCall call, CancellationToken cancellationToken);
