using MasterPlanEval.Core.Plans;

namespace MasterPlanEval.Engines.DuckDb.Pairs;

/// <summary>
/// The pair sums computed inside DuckDB's scan of the commutes view instead of by its hash aggregation: DuckDB
/// reads, checks and locates the rows on all its threads and hands each chunk to this kernel (a scalar function,
/// <see cref="PairKernelFunction"/>); each thread adds its chunks into its own <see cref="PairWorker"/>, and the
/// workers' sums are added up at the end. Same table as <see cref="SqlAggregation.Sql"/>, bit for bit (tested).
/// On the 20 M-commute benchmark DuckDB's grouping and nine exact conditional sums cost about 7.6 CPU-s on top
/// of the scan; the kernel, copying out of the vectors included, about 3.3.
/// </summary>
internal sealed class PairKernel : IDisposable
{
    private static readonly string[] Year = ["CAST(f.year AS INTEGER)"];

    private readonly ThreadLocal<PairWorker> _workers;

    public PairKernel(string table, PairAggregation aggregation, int capacity)
    {
        (Table, Aggregation) = (table, aggregation);
        var columns = aggregation.Values.Concat(aggregation.Sums.Select(s => s.Filter).OfType<PlanExpr>())
            .SelectMany(PlanWalker.Columns).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        NumberColumns = columns.Where(aggregation.Source.HasNumber).ToList();
        TextColumns = columns.Where(c => !aggregation.Source.HasNumber(c)).ToList();
        _workers = new ThreadLocal<PairWorker>(() => new PairWorker(this, capacity), trackAllValues: true);
    }

    public string Table { get; }

    public PairAggregation Aggregation { get; }

    public IReadOnlyList<string> NumberColumns { get; }

    public IReadOnlyList<string> TextColumns { get; }

    /// <summary>The first failure of any worker: DuckDB gets only its message, the run gets the exception.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>The kernel's arguments, in the order <see cref="PairWorker"/> reads them, cast to the types it reads.</summary>
    public IEnumerable<string> Arguments =>
        Year
            .Concat(Aggregation.Keys.Select(k => $"CAST(f.{k} AS BIGINT)"))
            .Concat(NumberColumns.Select(c => $"CAST(f.{c} AS DOUBLE)"))
            .Concat(TextColumns.Select(c => $"CAST(f.{c} AS VARCHAR)"));

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
