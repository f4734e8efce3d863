using Npgsql;
using NpgsqlTypes;

namespace NorthPool.Storage.PostgreSql;

// The positional parameters ($1, $2 …) of one statement, in the order its text names them.
internal sealed class SqlParameters
{
    public List<NpgsqlParameter> List { get; } = [];

    public string Jsonb(string json) => Add(new NpgsqlParameter { Value = json, NpgsqlDbType = NpgsqlDbType.Jsonb });

    public string Text(string text) => Add(new NpgsqlParameter { Value = text, NpgsqlDbType = NpgsqlDbType.Text });

    public void AddTo(NpgsqlCommand command)
    {
        foreach (var parameter in List)
            command.Parameters.Add(parameter);
    }

    private string Add(NpgsqlParameter parameter)
    {
        List.Add(parameter);
        return "$" + List.Count;
    }
}
