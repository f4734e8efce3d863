namespace NorthPool.Commands;

public static class TextNormalizer
{
    public static bool HasCjk(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
