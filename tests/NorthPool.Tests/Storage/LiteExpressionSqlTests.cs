using LiteDB;
using NorthPool.Storage.PostgreSql;

namespace NorthPool.Tests.Storage;

// Every expression shape NorthPool's stores use (recorded from the whole test suite on LiteDB) and the SQL it becomes.
public sealed class LiteExpressionSqlTests
{
    [Theory]
    [InlineData("$._id = @0", "(id = $1::jsonb)")]
    [InlineData("($.State=@p0)", "(northpool_key(doc->'State') = $1::jsonb)")]
    [InlineData("($.State!=@p0)", "(northpool_key(doc->'State') IS DISTINCT FROM $1::jsonb)")]
    [InlineData("$.IsOpen = true", "(northpool_key(doc->'IsOpen') = $1::jsonb)")]
    [InlineData("$.RenewsContractId > 0", "(northpool_key(doc->'RenewsContractId') > $1::jsonb)")]
    [InlineData("$.EndsOn >= @0 AND $.EndsOn <= @1", "((northpool_key(doc->'EndsOn') >= $1::jsonb) AND (northpool_key(doc->'EndsOn') <= $2::jsonb))")]
    [InlineData("$.UnmarkedDueAt BETWEEN @0 AND @1", "((northpool_key(doc->'UnmarkedDueAt') >= $1::jsonb) AND (northpool_key(doc->'UnmarkedDueAt') <= $2::jsonb))")]
    [InlineData("(($.Reference.UserId=@p0) AND ($.Reference.ConversationType=@p1))", "((northpool_key(doc->'Reference'->'UserId') = $1::jsonb) AND (northpool_key(doc->'Reference'->'ConversationType') = $2::jsonb))")]
    [InlineData("(($.State!=@p0) OR ($.UpdatedAt>@p1))", "((northpool_key(doc->'State') IS DISTINCT FROM $1::jsonb) OR (northpool_key(doc->'UpdatedAt') > $2::jsonb))")]
    [InlineData("$.Keys[*] ANY = @0", "(doc->'Keys' @> $1::jsonb)")]
    [InlineData("$.TaskId + '|' + FORMAT($._id, 'D12') BETWEEN @0 AND @1",
        "((((doc #>> '{TaskId}') || '|' || lpad((id #>> '{}'), 12, '0')) >= $1) AND (((doc #>> '{TaskId}') || '|' || lpad((id #>> '{}'), 12, '0')) <= $2))")]
    public void AShapeTheStoresUseBecomesSqlOverTheIndexedKey(string source, string sql)
    {
        var expression = BsonExpression.Create(source, new BsonDocument { ["0"] = "a", ["1"] = "b", ["p0"] = "a", ["p1"] = new DateTime(2026, 11, 29, 0, 0, 0, DateTimeKind.Utc) });

        Assert.Equal(sql, LiteExpressionSql.Predicate(expression, new SqlParameters()));
    }

    [Fact]
    public void AnIndexAndTheQueryOrderedByItUseTheSameKeyText()
    {
        var key = BsonExpression.Create("$.TaskId + '|' + FORMAT($._id, 'D12')");

        Assert.Equal("((doc #>> '{TaskId}') || '|' || lpad((id #>> '{}'), 12, '0'))", LiteExpressionSql.Key(key));
        Assert.Equal(LiteExpressionSql.Key(key), LiteExpressionSql.Key(key, new SqlParameters()));
        Assert.Equal("northpool_key(doc->'ClosedKey')", LiteExpressionSql.Key(BsonExpression.Create("$.ClosedKey")));
        Assert.Equal("(doc->'Keys')", LiteExpressionSql.Key(BsonExpression.Create("$.Keys[*]")));
    }

    [Fact]
    public void ComparingWithNullMatchesAMissingFieldAsLiteDbDoes()
    {
        var expression = BsonExpression.Create("$.Pool = @0", BsonValue.Null);

        Assert.Equal("(northpool_key(doc->'Pool') IS NULL OR northpool_key(doc->'Pool') = 'null'::jsonb)", LiteExpressionSql.Predicate(expression, new SqlParameters()));
    }

    [Fact]
    public void ParametersAreSentAsValuesNeverWrittenIntoTheText()
    {
        var parameters = new SqlParameters();
        var sql = LiteExpressionSql.Predicate(BsonExpression.Create("$.Name = @0", "x'); DROP TABLE tasks; --"), parameters);

        Assert.DoesNotContain("DROP", sql);
        Assert.Equal("\"x'); DROP TABLE tasks; --\"", parameters.List.Single().Value);
    }

    [Theory]
    [InlineData("LOWER($.Name) = @0")]
    [InlineData("$.Name LIKE @0")]
    [InlineData("$.Count * 2 > @0")]
    public void AShapeItDoesNotKnowIsRefusedByNameRatherThanScanned(string source)
    {
        var expression = BsonExpression.Create(source, "a");

        var error = Assert.Throws<NotSupportedException>(() => LiteExpressionSql.Predicate(expression, new SqlParameters()));

        Assert.Contains(expression.Source, error.Message);
    }
}
