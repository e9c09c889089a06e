namespace MasterPlanEval.Tests.Support;

/// <summary>Reads the small, unquoted expectation CSVs of the fixtures into dictionaries by header.</summary>
public static class SimpleCsv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split(',');
        return lines.Skip(1)
            .Select(l => (IReadOnlyDictionary<string, string>)header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))
            .ToList();
    }
}
