using System.Globalization;
using System.Text;
using LiteDB;

namespace NorthPool.Storage.PostgreSql;

// LiteDB's expressions (as the collections API builds them: "$.State = @0", "$.At >= @0 AND $.At <= @1",
// "$.TaskId+\"|\"+FORMAT($._id,\"D12\") BETWEEN @0 AND @1", "$.Keys[*] ANY = @0") turned into SQL over the jsonb rows
// PostgreSqlEngine keeps. A field is northpool_key(doc->'Field'), the very expression its index is built on, so a
// query the LiteDB file answers through an index is answered through one here too. What this does not know it
// refuses (NotSupportedException): a query NorthPool starts to use must be taught here, never scanned in memory.
internal static class LiteExpressionSql
{
    // A WHERE condition.
    public static string Predicate(BsonExpression expression, SqlParameters parameters) =>
        new Parser(expression, parameters).ParsePredicate();

    // An ORDER BY key, or the key of an index (no parameters): the same text for both.
    public static string Key(BsonExpression expression, SqlParameters? parameters = null) =>
        new Parser(expression, parameters).ParseKey();

    public static bool IsArrayKey(BsonExpression expression) => expression.Source.Contains("[*]", StringComparison.Ordinal);

    private abstract record Operand;

    private sealed record PathOperand(IReadOnlyList<string> Segments, bool Array) : Operand
    {
        public bool IsId => Segments is ["_id"];
    }

    private sealed record ValueOperand(BsonValue Value, bool IsLiteral = false) : Operand;

    // Text built by + or FORMAT.
    private sealed record TextOperand(string Sql) : Operand;

    private sealed class Parser(BsonExpression expression, SqlParameters? parameters)
    {
        private readonly string _source = expression.Source;
        private int _at;

        public string ParsePredicate()
        {
            var sql = Or();
            End();
            return sql;
        }

        public string ParseKey()
        {
            var operand = Sum();
            End();
            return operand switch
            {
                TextOperand text => text.Sql,
                PathOperand { Array: true } array => $"({Path(array)})",
                _ => Json(operand),
            };
        }

        private void End()
        {
            SkipSpace();
            if (_at < _source.Length)
                throw Unsupported();
        }

        private string Or()
        {
            var left = And();
            while (Keyword("OR"))
                left = $"({left} OR {And()})";
            return left;
        }

        private string And()
        {
            var left = Comparison();
            while (Keyword("AND"))
                left = $"({left} AND {Comparison()})";
            return left;
        }

        private string Comparison()
        {
            SkipSpace();
            // A parenthesised condition, or a parenthesised operand compared afterwards.
            if (Peek('('))
            {
                var start = _at;
                _at++;
                var inner = Or();
                Expect(')');
                SkipSpace();
                if (_at >= _source.Length || Peek(')') || PeekKeyword("AND") || PeekKeyword("OR"))
                    return inner;
                _at = start;
            }
            var left = Sum();
            if (Keyword("BETWEEN"))
            {
                var low = Sum();
                if (!Keyword("AND"))
                    throw Unsupported();
                var high = Sum();
                return $"({Compare(left, ">=", low)} AND {Compare(left, "<=", high)})";
            }
            if (Keyword("ANY"))
            {
                if (Operator() != "=" || left is not PathOperand { Array: true } array)
                    throw Unsupported();
                var item = Sum() as ValueOperand ?? throw Unsupported();
                return $"({Path(array)} @> {Param(new BsonArray { item.Value })}::jsonb)";
            }
            var op = Operator() ?? throw Unsupported();
            return Compare(left, op, Sum());
        }

        private string Compare(Operand left, string op, Operand right)
        {
            if (right is ValueOperand { Value.IsNull: true })
            {
                var field = Json(left);
                return op switch
                {
                    "=" => $"({field} IS NULL OR {field} = 'null'::jsonb)",
                    "!=" => $"({field} IS NOT NULL AND {field} <> 'null'::jsonb)",
                    _ => throw Unsupported(),
                };
            }
            var text = left is TextOperand || right is TextOperand;
            var l = text ? Text(left) : Json(left);
            var r = text ? Text(right) : Json(right);
            return op == "!=" ? $"({l} IS DISTINCT FROM {r})" : $"({l} {op} {r})";
        }

        private string Json(Operand operand) => operand switch
        {
            PathOperand { IsId: true } => "id",
            PathOperand { Array: false } path => $"northpool_key({Path(path)})",
            ValueOperand value => Param(value.Value) + "::jsonb",
            _ => throw Unsupported(),
        };

        private string Text(Operand operand) => operand switch
        {
            TextOperand text => text.Sql,
            PathOperand { IsId: true } => "(id #>> '{}')",
            PathOperand { Array: false, Segments: var segments } => $"(doc #>> '{{{string.Join(',', segments)}}}')",
            // A literal is written into the text, so the key reads exactly as its index does.
            ValueOperand { Value.IsString: true, IsLiteral: true } value => Literal(value.Value.AsString),
            ValueOperand { Value.IsString: true } value when parameters is not null => parameters.Text(value.Value.AsString),
            _ => throw Unsupported(),
        };

        private static string Path(PathOperand path)
        {
            var sql = new StringBuilder("doc");
            foreach (var segment in path.Segments)
                sql.Append("->").Append(Literal(segment));
            return sql.ToString();
        }

        private string Param(BsonValue value) =>
            parameters?.Jsonb(JsonbCodec.Key(value)) ?? throw Unsupported();

        private Operand Sum()
        {
            var first = Atom();
            if (!Next('+'))
                return first;
            var parts = new List<string> { Text(first) };
            do
                parts.Add(Text(Atom()));
            while (Next('+'));
            return new TextOperand("(" + string.Join(" || ", parts) + ")");
        }

        private Operand Atom()
        {
            SkipSpace();
            if (_at >= _source.Length)
                throw Unsupported();
            var c = _source[_at];
            if (c == '$')
                return PathAtom();
            if (c == '@')
            {
                _at++;
                var name = Identifier();
                return new ValueOperand(expression.Parameters[name] ?? throw Unsupported());
            }
            if (c is '"' or '\'')
                return new ValueOperand(StringLiteral(c), IsLiteral: true);
            if (char.IsDigit(c) || c == '-')
                return new ValueOperand(NumberLiteral(), IsLiteral: true);
            if (Keyword("FORMAT"))
                return Format();
            if (Keyword("true"))
                return new ValueOperand(true);
            if (Keyword("false"))
                return new ValueOperand(false);
            if (Keyword("null"))
                return new ValueOperand(BsonValue.Null);
            if (c == '(')
            {
                _at++;
                var inner = Sum();
                Expect(')');
                return inner;
            }
            throw Unsupported();
        }

        // FORMAT($._id, "D12"): a number as fixed-width digits (NewestFirst's keys).
        private TextOperand Format()
        {
            Expect('(');
            var value = Atom();
            Expect(',');
            SkipSpace();
            var format = StringLiteral(_source[_at]).AsString;
            Expect(')');
            if (format.Length < 2 || format[0] != 'D' || !int.TryParse(format.AsSpan(1), CultureInfo.InvariantCulture, out var width))
                throw Unsupported();
            return new TextOperand($"lpad({Text(value)}, {width}, '0')");
        }

        private PathOperand PathAtom()
        {
            _at++;
            var segments = new List<string>();
            var array = false;
            while (_at < _source.Length)
            {
                if (_source[_at] == '.')
                {
                    _at++;
                    segments.Add(Identifier());
                }
                else if (string.CompareOrdinal(_source, _at, "[*]", 0, 3) == 0)
                {
                    _at += 3;
                    array = true;
                }
                else
                    break;
            }
            if (segments.Count == 0)
                throw Unsupported();
            return new PathOperand(segments, array);
        }

        private string Identifier()
        {
            var start = _at;
            while (_at < _source.Length && (char.IsLetterOrDigit(_source[_at]) || _source[_at] == '_'))
                _at++;
            if (_at == start)
                throw Unsupported();
            return _source[start.._at];
        }

        private BsonValue StringLiteral(char quote)
        {
            _at++;
            var text = new StringBuilder();
            while (_at < _source.Length && _source[_at] != quote)
            {
                if (_source[_at] == '\\' && _at + 1 < _source.Length)
                    _at++;
                text.Append(_source[_at++]);
            }
            Expect(quote);
            return text.ToString();
        }

        private BsonValue NumberLiteral()
        {
            var start = _at;
            _at++;
            while (_at < _source.Length && (char.IsDigit(_source[_at]) || _source[_at] == '.'))
                _at++;
            var text = _source[start.._at];
            return text.Contains('.', StringComparison.Ordinal)
                ? new BsonValue(double.Parse(text, CultureInfo.InvariantCulture))
                : int.TryParse(text, CultureInfo.InvariantCulture, out var int32) ? new BsonValue(int32) : new BsonValue(long.Parse(text, CultureInfo.InvariantCulture));
        }

        private string? Operator()
        {
            SkipSpace();
            foreach (var op in (string[])["!=", ">=", "<=", "=", ">", "<"])
            {
                if (string.CompareOrdinal(_source, _at, op, 0, op.Length) == 0)
                {
                    _at += op.Length;
                    return op;
                }
            }
            return null;
        }

        private bool Keyword(string word)
        {
            if (!PeekKeyword(word))
                return false;
            SkipSpace();
            _at += word.Length;
            return true;
        }

        private bool PeekKeyword(string word)
        {
            SkipSpace();
            var end = _at + word.Length;
            return end <= _source.Length
                && string.Compare(_source, _at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (end == _source.Length || !(char.IsLetterOrDigit(_source[end]) || _source[end] == '_'));
        }

        private bool Peek(char c) => _at < _source.Length && _source[_at] == c;

        private bool Next(char c)
        {
            SkipSpace();
            if (!Peek(c))
                return false;
            _at++;
            return true;
        }

        private void Expect(char c)
        {
            if (!Next(c))
                throw Unsupported();
        }

        private void SkipSpace()
        {
            while (_at < _source.Length && char.IsWhiteSpace(_source[_at]))
                _at++;
        }

        private NotSupportedException Unsupported() =>
            new($"The PostgreSQL store cannot translate the LiteDB expression '{_source}' (at {_at}); teach Storage/PostgreSql/LiteExpressionSql this shape.");
    }

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
