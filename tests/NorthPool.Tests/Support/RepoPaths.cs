namespace NorthPool.Tests.Support;

public static class RepoPaths
{
    // The checkout's top folder (the one holding NorthPool.sln), found from the test binaries.
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NorthPool.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"NorthPool.sln not found above {AppContext.BaseDirectory}");
    }
}
