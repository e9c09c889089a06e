using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.ExceptionServices;
using DuckDB.NET.Data;
using MasterPlanEval.Core.Diagnostics;
using MasterPlanEval.Core.Engines;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Plans;

namespace MasterPlanEval.Engines.DuckDb;

/// <summary>
/// The embedded engine: an in-process, in-memory DuckDB database per run. Fact tables arrive through
/// appenders (see <see cref="ChunkAppender"/>); plans are rendered by the shared <see cref="SqlRenderer"/>.
/// </summary>
public sealed partial class DuckDbEngine : IEvaluationEngine
{
    private readonly DuckDBConnection _connection;
    private readonly SqlRenderer _renderer = new(SqlDialect.DuckDb);
    private readonly CommuteChecks _checks = new(SqlDialect.DuckDb);
    private FactTable? _cellUnits;

    public DuckDbEngine()
    {
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
        Version = $"DuckDB {_connection.ServerVersion}";
    }

    public string Name => SqlDialect.DuckDb.EngineName;

    public string Version { get; }

    public void Load(FactTable table) => LoadAll([table]);

    // The tables are created here, one after another (a catalog change each), then appended each on its own
    // connection to this database at once: an appender writes only its own table, in its rows' order, so the
    // tables hold what one connection would have appended. The largest go first, to keep the cores busy.
    public void LoadAll(IReadOnlyList<FactTable> tables)
    {
        // Two tables of one name would be appended together, where loading them in turn keeps only the second.
        if (tables.GroupBy(t => t.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"fact table '{twice.Key}' is given twice", nameof(tables));
        }

        // The pair kernel locates commute ends in the cells' table as loaded (see LoadCommutes).
        _cellUnits = tables.FirstOrDefault(t => t.Name == FactSchemas.CellUnitsTable) ?? _cellUnits;
        foreach (var table in tables)
        {
            var columns = string.Join(", ", table.Columns.Select(c => $"{c.Name} {SqlType(c)}"));
            Run($"CREATE OR REPLACE TABLE {table.Name} ({columns})", table.Name);
        }

        var largestFirst = tables.OrderByDescending(t => (long)t.RowCount * t.Columns.Count).ToList();
        try
        {
            // One table per thread, at most one thread per core: the appends are CPU work, more threads only queue.
            Parallel.ForEach(
                Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                table =>
                {
                    // A duplicate opens its own native connection to this connection's database (an in-memory
                    // one, which a new connection string would not reach); each is used by this thread alone.
                    try
                    {
                        using var connection = _connection.Duplicate();
                        connection.Open();
                        ChunkAppender.Append(connection, table);
                    }
                    catch (DbException ex)
                    {
                        throw new EvaluationException(ErrorCategory.Engine, $"engine duckdb failed loading {table.Name}: {FirstLine(ex.Message)}");
                    }
                });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }
    }

    private static string SqlType(FactColumn column) => column switch
    {
        NumberColumn => "DOUBLE",
        IntegerColumn => "BIGINT",
        _ => "VARCHAR",
    };

    // One plan is a batch of one, so the pair sums take the same kernel as a whole run.
    public IReadOnlyList<IndicatorValue> Evaluate(IndicatorPlan plan) => EvaluateAll([plan], UntimedClock.Instance);

    public IReadOnlyList<IndicatorValue> EvaluateAll(IReadOnlyList<IndicatorPlan> plans, IStageClock clock)
    {
        var batch = _renderer.RenderBatch(plans);
        try
        {
            var pairs = batch.Aggregations.Where(a => a.Table == SqlRenderer.PairTable(FactSchemas.CommutesTable)).ToList();
            clock.Time(EngineStages.Commutes, () => pairs.Sum(Materialise), rows => rows);
            return clock.Time(
                EngineStages.Evaluate,
                () =>
                {
                    foreach (var aggregation in batch.Aggregations.Except(pairs))
                    {
                        Materialise(aggregation);
                    }

                    return QueryAll(batch.Queries);
                },
                values => values.Count);
        }
        catch (EvaluationException ex) when (ex.Category == ErrorCategory.Engine && UnreadableCommutes() is { } input)
        {
            throw input;
        }
        finally
        {
            foreach (var aggregation in batch.Aggregations)
            {
                Execute($"DROP TABLE IF EXISTS {aggregation.Table}");
            }
        }
    }

    // Returns the fact rows the aggregation read where it counts them (the pair sums' n), for the stage's row count.
    private long Materialise(SqlAggregation aggregation)
    {
        if (aggregation.Pairs is { } pairs)
        {
            MaterialisePairs(aggregation.Table, pairs);
        }
        else
        {
            // A table of the database, not a TEMP one (which only its own connection sees): the plans' queries read
            // it from several connections (QueryAll).
            Run($"CREATE OR REPLACE TABLE {aggregation.Table} AS {aggregation.Sql}", aggregation.Table);
        }

        RememberAcceptedCommutes(aggregation.Table);
        return _acceptedByEvaluation?.Values.Sum() ?? 0;
    }

    // The plans' queries only read the aggregations (tens of rows per unit), each a few milliseconds of planning and
    // joins on one thread: they run side by side, one connection to this database per core, each worker taking the
    // next query in turn. The values keep the plans' order, and a failure reported is the first plan's that failed.
    private List<IndicatorValue> QueryAll(IReadOnlyList<SqlQuery> queries)
    {
        var results = new List<IndicatorValue>[queries.Count];
        var failures = new Exception?[queries.Count];
        var next = -1;
        Parallel.For(0, Math.Clamp(queries.Count, 1, Environment.ProcessorCount), _ =>
        {
            using var connection = _connection.Duplicate();
            connection.Open();
            for (var i = Interlocked.Increment(ref next); i < queries.Count; i = Interlocked.Increment(ref next))
            {
                try
                {
                    results[i] = Query(connection, queries[i].Plan, queries[i].Sql);
                }
                catch (Exception ex)
                {
                    // Kept, not thrown here: Parallel.For would wrap it, and the first plan's failure is the one to report.
                    failures[i] = ex;
                }
            }
        });
        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return results.SelectMany(r => r).ToList();
    }

    private static List<IndicatorValue> Query(DuckDBConnection connection, IndicatorPlan plan, string sql)
    {
        var values = new List<IndicatorValue>();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                values.Add(ReadValue(plan.IndicatorId, reader));
            }
        }
        catch (DbException ex)
        {
            throw new EvaluationException(ErrorCategory.Engine, $"engine duckdb failed on indicator '{plan.IndicatorId}': {FirstLine(ex.Message)}");
        }

        return values;
    }

    private void Run(string sql, string what, string? file = null)
    {
        try
        {
            Execute(sql);
        }
        catch (DbException ex)
        {
            throw file is null
                ? new EvaluationException(ErrorCategory.Engine, $"engine duckdb failed building {what}: {FirstLine(ex.Message)}")
                : new EvaluationException(ErrorCategory.Input, $"engine duckdb could not read {what}: {FirstLine(ex.Message)}", new SourceLocation(file));
        }
    }

    /// <summary>The rows of any query over the loaded tables and views, for tests and for inspecting what a run loaded.</summary>
    public IReadOnlyList<object?[]> QueryRows(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        }

        return rows;
    }

    public void Dispose() => _connection.Dispose();

    private static IndicatorValue ReadValue(string indicatorId, DbDataReader reader)
    {
        return new IndicatorValue(
            indicatorId,
            UnitLevels.Parse(reader.GetString(0)),
            reader.GetString(1),
            (int)reader.GetDouble(2),
            reader.IsDBNull(3) ? null : reader.GetDouble(3),
            !reader.IsDBNull(4) && reader.GetBoolean(4),
            Convert.ToInt64(reader.GetValue(5), System.Globalization.CultureInfo.InvariantCulture),
            Enumerable.Range(6, reader.FieldCount - 6).Select(reader.GetDouble).ToList());
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
