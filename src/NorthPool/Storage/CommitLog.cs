namespace NorthPool.Storage;

// LiteDB's log file (<name>-log.db) with one durable point per commit. LiteDB 5.0.20 writes a commit's pages one at a
// time on a thread of its own and fsyncs the file whenever that thread runs dry (8 and more fsyncs per commit: a
// quarter of the CPU under load). Here its flushes do nothing; the writer waits for LiteDB's thread (LiteDbLogQueue) and
// calls Sync() once a commit returns. Order on disk is kept: the last page written (the one LiteDB marks as confirming
// the transaction) is held back until everything before it is synced, then written and synced itself — so a crash can
// never leave a confirmed transaction whose earlier pages are missing.
public sealed class CommitLog(FileStream file) : Stream
{
    private readonly Lock _gate = new();
    private byte[]? _held;
    private long _heldAt;
    private long _position;
    private bool _disposed;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => true;

    public override long Length
    {
        get
        {
            lock (_gate)
                return _held is null ? file.Length : Math.Max(file.Length, _heldAt + _held.Length);
        }
    }

    public override long Position
    {
        get { lock (_gate) return _position; }
        set { lock (_gate) _position = value; }
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        lock (_gate)
        {
            _position = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => _position + offset,
                _ => Length + offset,
            };
            return _position;
        }
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        lock (_gate)
        {
            file.Position = _position;
            var read = file.Read(buffer, offset, count);
            // The held page is not in the file yet: readers see it from here.
            if (_held is not null && _position < _heldAt + _held.Length && _position + count > _heldAt)
            {
                var from = Math.Max(_position, _heldAt);
                var to = Math.Min(_position + count, _heldAt + _held.Length);
                Array.Copy(_held, from - _heldAt, buffer, offset + (from - _position), to - from);
                read = Math.Max(read, (int)(to - _position));
            }
            _position += read;
            return read;
        }
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        lock (_gate)
        {
            WriteHeld();
            _held = buffer.AsSpan(offset, count).ToArray();
            _heldAt = _position;
            _position += count;
        }
    }

    // Durability is Sync's job.
    public override void Flush()
    {
    }

    // Makes everything written so far durable: the pages before the last, then the last.
    public void Sync()
    {
        lock (_gate)
        {
            if (_held is null)
                return;
            file.Flush(flushToDisk: true);
            WriteHeld();
            file.Flush(flushToDisk: true);
        }
    }

    public override void SetLength(long value)
    {
        lock (_gate)
        {
            if (_held is not null && _heldAt >= value)
                _held = null;
            file.SetLength(value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            Sync();
            file.Dispose();
        }
        base.Dispose(disposing);
    }

    private void WriteHeld()
    {
        if (_held is null)
            return;
        file.Position = _heldAt;
        file.Write(_held);
        _held = null;
    }
}
