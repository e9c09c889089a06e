using DuckDB.NET.Native;
using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Core.Plans;

namespace MasterPlanEval.Engines.DuckDb.Pairs;

/// <summary>
/// The pair sums computed inside DuckDB's scan of the commutes view instead of by its hash aggregation: DuckDB
/// reads, checks and locates the rows on all its threads and hands each chunk to this kernel (a scalar function,
/// <see cref="PairKernelFunction"/>); each thread adds its chunks into its own <see cref="PairWorker"/>, and the
/// workers' sums are added up at the end. Same table as <see cref="SqlAggregation.Sql"/>, bit for bit (tested).
/// Given an <see cref="EndLocator"/>, the kernel reads the commutes before their ends are located and looks each
/// end up itself: the pair keys and the end coverage flags are then its own columns, not DuckDB's.
/// On the 20 M-commute benchmark DuckDB's grouping and nine exact conditional sums cost about 7.6 CPU-s on top
/// of the scan; the kernel, copying out of the vectors included, about 3.3.
/// </summary>
internal sealed class PairKernel : IDisposable
{
    private static readonly string[] Year = ["CAST(f.year AS INTEGER)"];

    private readonly ThreadLocal<PairWorker> _workers;

    public PairKernel(string table, PairAggregation aggregation, int capacity, EndLocator? ends = null)
    {
        (Table, Aggregation, Ends) = (table, aggregation, ends);
        var columns = aggregation.Values.Concat(aggregation.Sums.Select(s => s.Filter).OfType<PlanExpr>())
            .SelectMany(PlanWalker.Columns).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        EndFlags = ends is null ? [] : ends.Coverage
            .SelectMany((coverage, k) => new[] { (Column: $"home_{coverage}", Home: true, Coverage: k), (Column: $"work_{coverage}", Home: false, Coverage: k) })
            .Where(f => columns.Contains(f.Column))
            .ToList();
        var numbers = columns.Where(aggregation.Source.HasNumber).ToList();
        ReadColumns = numbers.Except(EndFlags.Select(f => f.Column)).ToList();
        NumberColumns = [.. ReadColumns, .. EndFlags.Select(f => f.Column)];
        TextColumns = columns.Where(c => !aggregation.Source.HasNumber(c)).ToList();
        if (ends is not null && !aggregation.Keys.SequenceEqual(LocatedKeys, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"the kernel locates commute ends by {string.Join(", ", LocatedKeys)}, not {string.Join(", ", aggregation.Keys)}");
        }

        _workers = new ThreadLocal<PairWorker>(() => new PairWorker(this, capacity), trackAllValues: true);
    }

    public string Table { get; }

    public PairAggregation Aggregation { get; }

    /// <summary>The ends table when the kernel locates the ends itself; null when its input holds the pair keys.</summary>
    public EndLocator? Ends { get; }

    /// <summary>The number columns the kernel's nodes read: those DuckDB hands it (<see cref="ReadColumns"/>), then the end flags.</summary>
    public IReadOnlyList<string> NumberColumns { get; }

    /// <summary>The number columns read from DuckDB's chunks.</summary>
    public IReadOnlyList<string> ReadColumns { get; }

    /// <summary>The end coverage flags the plan reads, which the kernel derives from <see cref="Ends"/>: column, end, coverage index.</summary>
    public IReadOnlyList<(string Column, bool Home, int Coverage)> EndFlags { get; }

    public IReadOnlyList<string> TextColumns { get; }

    /// <summary>The first failure of any worker: DuckDB gets only its message, the run gets the exception.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>The kernel's arguments, in the order <see cref="PairWorker"/> reads them, cast to the types it reads.</summary>
    public IEnumerable<string> Arguments =>
        Year
            .Concat(Ends is null ? Aggregation.Keys.Select(k => $"CAST(f.{k} AS BIGINT)") : EndColumns.Select(c => $"f.{c}"))
            .Concat(ReadColumns.Select(c => $"CAST(f.{c} AS DOUBLE)"))
            .Concat(TextColumns.Select(c => $"CAST(f.{c} AS VARCHAR)"));

    /// <summary>The DuckDB types of <see cref="Arguments"/>.</summary>
    public IEnumerable<DuckDBType> ArgumentTypes =>
        new[] { DuckDBType.Integer }
            .Concat(Enumerable.Repeat(Ends is { Integers: false } ? DuckDBType.Varchar : DuckDBType.BigInt, 2))
            .Concat(ReadColumns.Select(_ => DuckDBType.Double))
            .Concat(TextColumns.Select(_ => DuckDBType.Varchar));

    private static IReadOnlyList<string> LocatedKeys => ["home_subdistrict_no", "work_subdistrict_no"];

    private static IReadOnlyList<string> EndColumns => [CommuteColumns.HomeCell, CommuteColumns.WorkCell];

    public void Add(IntPtr chunk)
    {
        try
        {
            _workers.Value!.Add(chunk);
        }
        catch (Exception ex)
        {
            lock (_workers)
            {
                Failure ??= ex;
            }

            throw;
        }
    }

    /// <summary>Every worker's sums added up; call once the query has run.</summary>
    public PairAccumulator Total()
    {
        var total = new PairAccumulator(Aggregation.Sums.Count);
        foreach (var worker in _workers.Values)
        {
            total.Merge(worker.Sums);
        }

        return total;
    }

    /// <summary>Frees the workers' buffers and sums: DuckDB keeps the function, and with it this kernel, until the database closes.</summary>
    public void Dispose() => _workers.Dispose();
}
