using NorthPool.FixtureGenerator;

// dotnet run --project tests/FixtureGenerator -c Release -- <output.db>     write the fixture, then print its inventory
// dotnet run --project tests/FixtureGenerator -c Release -- --inventory <db>  print the inventory of an existing file
if (args is ["--inventory", var existing])
{
    Console.Write(Inventory.Describe(existing));
    return 0;
}
if (args is not [var output] || output.StartsWith('-'))
{
    Console.Error.WriteLine("usage: FixtureGenerator <output.db> | --inventory <db>");
    return 2;
}

var written = await Scenario.WriteAsync();
var target = Path.GetFullPath(output);
Directory.CreateDirectory(Path.GetDirectoryName(target)!);
File.Copy(written, target, overwrite: true);
Directory.Delete(Path.GetDirectoryName(written)!, recursive: true);
Console.Error.WriteLine($"wrote {target} ({new FileInfo(target).Length} bytes)");
Console.Write(Inventory.Describe(target));
return 0;
