using System.Diagnostics;
using System.Security.Cryptography;
using NorthPool.IntegrationTests.Support;

namespace NorthPool.IntegrationTests;

// NorthPool started as operators start it (`dotnet NorthPool.dll`), with each thing that can be wrong at start: one
// line on stderr that names the key or the file and what to do, no stack trace, a non-zero exit, and the database
// file's bytes as they were.
[Trait("Store", "LiteDbFile")]
public sealed class StartupProcessTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "northpool-start", Guid.NewGuid().ToString("N"));

    public StartupProcessTests() => Directory.CreateDirectory(_folder);

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Dispose()
    {
        Immutable(_folder, false);
        Directory.Delete(_folder, recursive: true);
    }

    private string DbPath => Path.Combine(_folder, "northpool.db");

    private static async Task<(int Exit, string Out, string Error)> StartAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NorthPool.dll"));
        start.ArgumentList.Add("--Urls=http://127.0.0.1:0");
        start.ArgumentList.Add("--BotFramework:AllowUnauthenticatedLocalRequests=true");
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("NorthPool did not stop within 60 s: it started although it should have refused");
        }
        return (process.ExitCode, await output, await error);
    }

    private static string OneLine((int Exit, string Out, string Error) run)
    {
        Assert.NotEqual(0, run.Exit);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Single(lines);
        Assert.StartsWith("NorthPool cannot start: ", lines[0]);
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Out, StringComparison.Ordinal);
        return lines[0];
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Theory]
    [InlineData("--Storage:MaxWritesPerCommit=0", "Storage:MaxWritesPerCommit must be between 1 and 256, was 0")]
    [InlineData("--Reports:TimeZone=Mars/Olympus", "Reports:TimeZone 'Mars/Olympus' is not a known time zone")]
    [InlineData("--Backups:Time=25:99", "Backups:Time must be a time of day as HH:mm")]
    [InlineData("--Board:Domain=https://tabs.contoso.com", "Board:Domain must be a host name")]
    [InlineData("--BotFramework:AppId=not-a-guid", "BotFramework:AppId must be the bot's Entra application id (a GUID), was 'not-a-guid'")]
    [InlineData("--Debug:ClockStart=yesterday", "Debug:ClockStart must be an ISO date and time")]
    public async Task ABadSettingIsOneLineNamingTheKey(string setting, string message)
    {
        var line = OneLine(await StartAsync($"--Storage:DatabasePath={DbPath}", setting));

        Assert.Contains(message, line);
    }

    [Fact]
    public async Task AnAddressAnotherProgramListensOnIsOneLine()
    {
        using var other = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        other.Start();
        var port = ((System.Net.IPEndPoint)other.LocalEndpoint).Port;

        var line = OneLine(await StartAsync($"--Storage:DatabasePath={DbPath}", $"--Urls=http://127.0.0.1:{port}"));

        Assert.Equal($"NorthPool cannot start: Urls http://127.0.0.1:{port}: the address is already in use. Another program listens there: stop it, or choose another address with --Urls=http://127.0.0.1:<port>.", line);
    }

    [Fact]
    public async Task AFileThatIsNotLiteDbIsRefusedAndLeftAsItWas()
    {
        var garbage = new byte[8192 * 3];
        Random.Shared.NextBytes(garbage);
        await File.WriteAllBytesAsync(DbPath, garbage);
        var before = Hash(DbPath);

        var line = OneLine(await StartAsync($"--Storage:DatabasePath={DbPath}"));

        Assert.Contains($"{DbPath} is not a LiteDB database", line);
        Assert.Contains("move the file away", line);
        Assert.Equal(before, Hash(DbPath));
        Assert.False(File.Exists(NorthPool.Storage.NorthPoolDb.LogPath(DbPath)));
    }

    [Fact]
    public async Task ATruncatedFileIsRefusedNamingTheNewestBackupAndTheCommandThatRestoresIt()
    {
        await using (var app = await NorthPoolApp.StartAsync(DbPath))
        {
            await app.StopAsync();
        }
        var backups = Path.Combine(_folder, "backups");
        Directory.CreateDirectory(backups);
        File.Copy(DbPath, Path.Combine(backups, "northpool-20261127-190000.db"));
        File.Copy(DbPath, Path.Combine(backups, "northpool-20261128-190000.db"));
        await using (var file = new FileStream(DbPath, FileMode.Open))
            file.SetLength(file.Length / 2 / 8192 * 8192);
        var before = Hash(DbPath);

        var line = OneLine(await StartAsync($"--Storage:DatabasePath={DbPath}"));

        Assert.Contains($"{DbPath} is cut short", line);
        Assert.EndsWith($"Restore the newest backup with: dotnet NorthPool.dll restore {Path.Combine(backups, "northpool-20261128-190000.db")}", line);
        Assert.Equal(before, Hash(DbPath));
    }

    [Fact]
    public async Task AFileHeldByAnotherNorthPoolIsRefused()
    {
        await using var held = new FileStream(DbPath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var line = OneLine(await StartAsync($"--Storage:DatabasePath={DbPath}"));

        Assert.Contains("is in use by another NorthPool process", line);
        Assert.False(File.Exists(DbPath));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task AReadOnlyDataFolderIsRefused()
    {
        var data = Path.Combine(_folder, "data");
        Directory.CreateDirectory(data);
        Immutable(data, true);
        Assert.ThrowsAny<Exception>(() => File.WriteAllText(Path.Combine(data, "probe"), "x"));

        var line = OneLine(await StartAsync($"--Storage:DatabasePath={Path.Combine(data, "northpool.db")}"));

        Immutable(data, false);
        Assert.Contains($"the folder {data} cannot be written", line);
        Assert.Empty(Directory.GetFiles(data));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task AFullDataDiskIsRefused()
    {
        // A 64 KB file system, filled: the smallest disk that is full.
        var data = Path.Combine(_folder, "full");
        Directory.CreateDirectory(data);
        Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", data);
        try
        {
            await using (var filler = new FileStream(Path.Combine(data, "filler"), FileMode.Create))
            {
                try
                {
                    while (true)
                        filler.Write(new byte[4096]);
                }
                catch (IOException)
                {
                    // Full.
                }
            }

            var line = OneLine(await StartAsync($"--Storage:DatabasePath={Path.Combine(data, "northpool.db")}"));

            Assert.Contains($"the folder {data} cannot be written", line);
            Assert.Contains("leave room on its disk", line);
        }
        finally
        {
            Run("umount", data);
        }
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {process.StandardError.ReadToEnd()}");
    }

    // Root ignores a folder's mode bits, so as root the folder is made immutable (chattr +i) instead.
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void Immutable(string path, bool on)
    {
        if (!Directory.Exists(path))
            return;
        if (Environment.UserName != "root")
        {
            File.SetUnixFileMode(path, on ? UnixFileMode.UserRead | UnixFileMode.UserExecute : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            return;
        }
        using var chattr = Process.Start(new ProcessStartInfo("chattr", [on ? "+i" : "-i", path]) { RedirectStandardError = true })!;
        chattr.WaitForExit();
        if (on && chattr.ExitCode != 0)
            throw new InvalidOperationException($"chattr +i {path} failed: {chattr.StandardError.ReadToEnd()}");
    }
}
