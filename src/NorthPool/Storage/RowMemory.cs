using System.Collections.Concurrent;

namespace NorthPool.Storage;

// What a store read once by id, kept in memory for the turns that ask again. Past MaxEntries it starts again rather
// than grow with every id ever seen (far above any team). Count is read only on a miss: it takes every lock.
public sealed class RowMemory<T>
{
    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, T> _rows = new(StringComparer.Ordinal);

    // GetOrAdd: a value set meanwhile is not overwritten by what was read before it.
    public T Get(string id, Func<string, T> read)
    {
        if (_rows.TryGetValue(id, out var known))
            return known;
        if (_rows.Count >= MaxEntries)
            _rows.Clear();
        return _rows.GetOrAdd(id, read);
    }

    public void Set(string id, T value) => _rows[id] = value;

    public void Forget(string id) => _rows.TryRemove(id, out _);

    public void Clear() => _rows.Clear();
}
