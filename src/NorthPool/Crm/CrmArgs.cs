namespace NorthPool.Crm;

// Splits what follows a CRM verb into words; a name with spaces is quoted ("Guangdong Mobile", “广东 移动”).
public static class CrmArgs
{
    public static List<string> Words(string args)
    {
        var words = new List<string>();
        var i = 0;
        while (i < args.Length)
        {
            if (char.IsWhiteSpace(args[i]))
            {
                i++;
                continue;
            }
            if (args[i] is '"' or '“' or '「')
            {
                var close = args[i] switch { '“' => '”', '「' => '」', _ => '"' };
                var end = args.IndexOf(close, i + 1);
                end = end < 0 ? args.Length : end;
                words.Add(args[(i + 1)..end].Trim());
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < args.Length && !char.IsWhiteSpace(args[i]))
                i++;
            words.Add(args[start..i]);
        }
        return words.Where(w => w.Length > 0).ToList();
    }
}
