using NorthPool.Hosting;
using NorthPool.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddNorthPool();

var app = builder.Build();
app.MapNorthPool();
try
{
    app.Run();
}
catch (Exception ex) when (DatabaseUnavailable(ex) is { } unavailable)
{
    // One line that names the file and what to do, not a stack trace.
    Console.Error.WriteLine(unavailable.Message);
    return 1;
}
return 0;

static DatabaseUnavailableException? DatabaseUnavailable(Exception? ex)
{
    for (; ex is not null; ex = ex.InnerException)
    {
        if (ex is DatabaseUnavailableException unavailable)
            return unavailable;
    }
    return null;
}

public partial class Program;
