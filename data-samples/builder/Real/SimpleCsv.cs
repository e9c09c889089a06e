namespace MasterPlanEval.SampleBuilder.Real;

/// <summary>
/// Reads the small real CSV files of data-real: a header row, commas, no quoted fields. A quote stops the
/// build, since these files are known not to need quoting and a quote would mean the file changed.
/// </summary>
public static class SimpleCsv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            throw new InvalidDataException($"{path}: empty file");
        }

        var header = lines[0].Split(',');
        var rows = new List<IReadOnlyDictionary<string, string>>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Contains('"', StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{path}: row {i} has a quoted field, which this reader does not handle");
            }

            var fields = lines[i].Split(',');
            if (fields.Length != header.Length)
            {
                throw new InvalidDataException($"{path}: row {i} has {fields.Length} fields, the header {header.Length}");
            }

            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }

        return rows;
    }
}
