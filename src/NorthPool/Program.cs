using NorthPool.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddNorthPool();

var app = builder.Build();
app.MapNorthPool();
app.Run();

public partial class Program;
