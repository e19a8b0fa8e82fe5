using System.Collections.Concurrent;
using System.Text;

static class Program
{
    static IEnumerable<string> Words(string line)
    {
        var sb = new StringBuilder();
        foreach (char c in line)
        {
            if (char.IsLetter(c) || c == '\'') sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0) { yield return sb.ToString(); sb.Clear(); }
        }
        if (sb.Length > 0) yield return sb.ToString();
    }

    static void Print(string title, IEnumerable<KeyValuePair<string, int>> counts)
    {
        var top = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(8);
        Console.WriteLine(title + ": " + string.Join(", ", top.Select(kv => $"{kv.Key}={kv.Value}")));
    }

    static void Main(string[] args)
    {
        string[] lines = File.ReadAllLines(args[0]);
        Console.WriteLine($"{lines.Length} lines, {lines.Sum(l => l.Length)} chars");

        // 1. Parallel.ForEach with thread-local dictionaries merged at the end
        var total = new Dictionary<string, int>();
        object gate = new object();
        int partitions = 0;
        Parallel.ForEach(lines,
            () => new Dictionary<string, int>(),
            (line, state, local) =>
            {
                foreach (string w in Words(line)) local[w] = local.TryGetValue(w, out int c) ? c + 1 : 1;
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    partitions++;
                    foreach (var kv in local) total[kv.Key] = total.TryGetValue(kv.Key, out int c) ? c + kv.Value : kv.Value;
                }
            });
        Print("ForEach+locals", total);
        Console.WriteLine("partitions merged: " + (partitions >= 1));

        // 2. PLINQ
        var plinq = lines.AsParallel()
            .SelectMany(Words)
            .GroupBy(w => w)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .ToList();
        Print("PLINQ", plinq);

        // 3. ConcurrentDictionary updated from Parallel.For over chunks
        var concurrent = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        int chunk = 97;
        int chunks = (lines.Length + chunk - 1) / chunk;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            for (int j = i * chunk; j < Math.Min(lines.Length, (i + 1) * chunk); j++)
                foreach (string w in Words(lines[j])) concurrent.AddOrUpdate(w, 1, (_, c) => c + 1);
        });
        Print("ConcurrentDictionary", concurrent);

        // 4. tasks over slices, combined with Interlocked totals
        long wordTotal = 0, letterTotal = 0;
        var tasks = Enumerable.Range(0, 6).Select(k => Task.Run(() =>
        {
            long words = 0, letters = 0;
            for (int j = k; j < lines.Length; j += 6)
                foreach (string w in Words(lines[j])) { words++; letters += w.Length; }
            Interlocked.Add(ref wordTotal, words);
            Interlocked.Add(ref letterTotal, letters);
        })).ToArray();
        Task.WaitAll(tasks);

        bool agree = total.Count == concurrent.Count && total.All(kv => concurrent[kv.Key] == kv.Value)
                     && plinq.All(kv => total[kv.Key] == kv.Value);
        Console.WriteLine($"distinct {total.Count}, words {wordTotal} = {total.Values.Sum()}, letters {letterTotal}, all agree {agree}");
        var longest = total.Keys.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).First();
        Console.WriteLine($"longest word '{longest}', words with non-ASCII letters: {string.Join(" ", total.Keys.Where(w => w.Any(c => c > 127)).OrderBy(w => w, StringComparer.Ordinal))}");
        var byLength = total.GroupBy(kv => kv.Key.Length).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Sum(kv => kv.Value)}");
        Console.WriteLine("by length: " + string.Join(" ", byLength));
    }
}
