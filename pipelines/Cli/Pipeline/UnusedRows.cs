using System.Globalization;
using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Ingest;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// Counts, per dataset, the accepted rows that no value of the run reads: rows of years the run does not evaluate,
/// facilities and rail lines that open after its last year. Cells and parcels outside every sub-district are rejects
/// (see <see cref="EvaluationPreparer"/>), not unused rows.
/// </summary>
public static class UnusedRows
{
    public static IReadOnlyList<DatasetCount> Count(IReadOnlyList<DatasetCount> counts, IngestedData data, IReadOnlySet<(string, int)> outside, IReadOnlyList<int> years)
    {
        var evaluated = years.ToHashSet();
        var last = years.Max();
        var byDataset = new Dictionary<string, (long, string?)>(StringComparer.Ordinal)
        {
            [Datasets.PopulationGrid] = OfYears(data.Grid.Accepted.Where(c => !outside.Contains((c.CellId, c.Year))).Select(c => c.Year), evaluated),
            [Datasets.Census] = OfYears(data.Census.Accepted.Select(c => c.Year), evaluated),
            [Datasets.LandUse] = OfYears(data.LandUse?.Accepted.Select(p => p.Year) ?? [], evaluated),
            [Datasets.Facilities] = Later(data.Facilities?.Accepted.Select(f => f.YearOpen) ?? [], last, "facilities"),
            [Datasets.RailLines] = Later(data.RailLines?.Accepted.Select(l => l.YearOpen) ?? [], last, "lines"),
        };
        return counts.Select(c => byDataset.TryGetValue(c.Dataset, out var unused) ? c with { Unused = unused.Item1, UnusedWhy = unused.Item2 } : c).ToList();
    }

    /// <summary>The commutes' count with the accepted rows of years not evaluated as unused.</summary>
    public static DatasetCount Commutes(DatasetCount count, IReadOnlyDictionary<int, long> acceptedByYear, IReadOnlyList<int> years)
    {
        var (unused, why) = OfYears(acceptedByYear.Where(y => !years.Contains(y.Key)).Select(y => (y.Key, y.Value)));
        return count with { Unused = unused, UnusedWhy = why };
    }

    private static (long, string?) OfYears(IEnumerable<int> rowYears, HashSet<int> evaluated) =>
        OfYears(rowYears.Where(y => !evaluated.Contains(y)).GroupBy(y => y).Select(g => (g.Key, (long)g.Count())));

    private static (long, string?) OfYears(IEnumerable<(int Year, long Rows)> unusedYears)
    {
        var years = unusedYears.OrderBy(y => y.Year).ToList();
        return years.Count == 0
            ? (0, null)
            : (years.Sum(y => y.Rows), $"year not evaluated: {string.Join(", ", years.Select(y => $"{y.Year} ({N(y.Rows)})"))}");
    }

    private static (long, string?) Later(IEnumerable<int?> opening, int last, string what)
    {
        var later = opening.Count(y => y > last);
        return later == 0 ? (0, null) : (later, $"{N(later)} {what} open after {last}, the last year evaluated");
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
