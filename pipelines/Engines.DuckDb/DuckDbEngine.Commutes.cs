using System.Data.Common;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Mobility;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Core.Plans;
using MasterPlanEval.Engines.DuckDb.Pairs;

namespace MasterPlanEval.Engines.DuckDb;

/// <summary>
/// Commutes never become .NET objects: DuckDB scans a Parquet file itself (CSV rows arrive as text through
/// the appender), the shared <see cref="CommuteChecks"/> queries validate and locate them, and the commutes
/// table is a view over the accepted rows, so tens of millions of rows cost no memory of ours. The view finds both
/// ends with inner joins on the commute ends table (integers where the grid and the file allow); the pair kernel
/// reads the accepted rows before that and looks the ends up itself (<see cref="EndLocator"/>). The listing view with
/// outer joins is read only when the accepted rows fall short of the file's.
/// </summary>
public sealed partial class DuckDbEngine
{
    private const string CheckedView = "commutes_checked";
    private const string TextTable = "commutes_input";

    // What the pair kernel reads: the accepted commutes before their ends are located (it looks them up itself).
    private const string PairInputView = "commutes_unlocated";

    private CommuteSource? _commutes;
    private long _commuteRows;
    private IReadOnlyDictionary<int, long>? _acceptedByEvaluation;
    private EndLocator? _ends;

    public void LoadCommutes(CommuteSource source, IReadOnlyList<string> endCoverage, CommuteEnds ends)
    {
        var raw = source.IsParquet ? ParquetRelation(source) : AppendTextRows(source);
        Run($"CREATE OR REPLACE TABLE {CommuteChecks.EndsTable} AS {_checks.RenderEnds(endCoverage, ends)}", "the commute ends");
        Run($"CREATE OR REPLACE VIEW {CheckedView} AS {_checks.Render(raw, source.Columns, source.Rules, endCoverage, ends)}", "the commute checks", source.File);
        Run($"CREATE OR REPLACE VIEW {FactSchemas.CommutesTable} AS {_checks.RenderAccepted(raw, source.Columns, source.Rules, endCoverage, ends)}", "the commutes view", source.File);
        Run($"CREATE OR REPLACE VIEW {PairInputView} AS {_checks.RenderAcceptedUnlocated(raw, source.Columns, source.Rules, ends)}", "the commutes view", source.File);
        // A Parquet file's row count is in its footer and a CSV's rows are already appended: no scan here.
        _commuteRows = Scalar($"SELECT COUNT(*) FROM {raw}", source.File);
        var cellUnits = _cellUnits ?? throw new InvalidOperationException($"commutes are loaded before {FactSchemas.CellUnitsTable}");
        (_commutes, _acceptedByEvaluation, _ends) = (source, null, EndLocator.For(cellUnits, endCoverage, ends));
    }

    public CommuteCheckResult CheckCommutes()
    {
        var source = _commutes ?? throw new InvalidOperationException("no commutes are loaded");
        var byYear = _acceptedByEvaluation ?? YearCounts($"SELECT year, COUNT(*) FROM {FactSchemas.CommutesTable} GROUP BY year", source.File);
        var accepted = byYear.Values.Sum();
        var rejected = _commuteRows - accepted;
        var rejects = rejected == 0 ? [] : Rejects(source);
        if (rejects.Count != rejected)
        {
            throw new EvaluationException(ErrorCategory.Engine, $"engine duckdb counted {rejected} rejected commutes but listed {rejects.Count}");
        }

        return new CommuteCheckResult(new DatasetCount(source.Dataset, source.File, _commuteRows, accepted, rejected), rejects, byYear);
    }

    // The pair sums hold every accepted commute once (n per pair): their total per year is the accepted count.
    private void RememberAcceptedCommutes(string aggregationTable)
    {
        if (_commutes is not null && aggregationTable == SqlRenderer.PairTable(FactSchemas.CommutesTable))
        {
            _acceptedByEvaluation = YearCounts($"SELECT year, CAST(SUM(n) AS BIGINT) FROM {aggregationTable} GROUP BY year", _commutes.File);
        }
    }

    // The file's columns under the contract's names (the mapping and a constant year are the source's: SelectList).
    private static string ParquetRelation(CommuteSource source) =>
        $"(SELECT file_row_number + 1 AS row_no, CAST(NULL AS VARCHAR) AS {CommuteChecks.RowProblem}, {source.SelectList(Identifier)} " +
        $"FROM read_parquet('{source.File.Replace("'", "''", StringComparison.Ordinal)}', file_row_number = true))";

    private static string Identifier(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    // The text rows arrive under the contract's names; a constant year is added by the select list.
    private string AppendTextRows(CommuteSource source)
    {
        var present = CommuteColumns.All.Select((name, i) => (name, i)).Where(c => source.HeldColumns.Contains(c.name)).ToList();
        Execute($"CREATE OR REPLACE TABLE {TextTable} (row_no BIGINT, {CommuteChecks.RowProblem} VARCHAR{string.Concat(present.Select(c => $", {c.name} VARCHAR"))})");
        using var appender = _connection.CreateAppender(TextTable);
        foreach (var row in source.TextRows!())
        {
            var appended = appender.CreateRow().AppendValue(row.Line).AppendValue(row.Problem);
            foreach (var (_, i) in present)
            {
                appended = appended.AppendValue(row.Values[i]);
            }

            appended.EndRow();
        }

        return $"(SELECT row_no, {CommuteChecks.RowProblem}, {source.SelectList(Identifier)} FROM {TextTable})";
    }

    private long Scalar(string sql, string file) =>
        Convert.ToInt64(Rows(sql, file)[0][0], System.Globalization.CultureInfo.InvariantCulture);

    private Dictionary<int, long> YearCounts(string sql, string file)
    {
        var counts = new Dictionary<int, long>();
        foreach (var row in Rows(sql, file))
        {
            counts[Convert.ToInt32(row[0], System.Globalization.CultureInfo.InvariantCulture)] = Convert.ToInt64(row[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }

    private List<object?[]> Rows(string sql, string file)
    {
        try
        {
            return QueryRows(sql).ToList();
        }
        catch (DbException ex)
        {
            throw new EvaluationException(ErrorCategory.Input, $"engine duckdb could not read the commutes: {FirstLine(ex.Message)}", new SourceLocation(file));
        }
    }

    private List<Reject> Rejects(CommuteSource source)
    {
        var rejects = new List<Reject>();
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText =
                $"SELECT row_no, {CommuteChecks.RejectField}, {CommuteChecks.RejectReason} FROM {CheckedView} " +
                $"WHERE {CommuteChecks.RejectReason} IS NOT NULL ORDER BY row_no";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rejects.Add(source.Reject(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }
        }
        catch (DbException ex)
        {
            throw UnreadableCommutes() ?? new EvaluationException(ErrorCategory.Engine, $"engine duckdb failed listing the commute rejects: {FirstLine(ex.Message)}");
        }

        return rejects;
    }

    /// <summary>
    /// After a query over the commutes failed: the input error when the commuting Parquet file itself cannot be
    /// read to its end, else null. DuckDB reads the file's pages only when a query scans them, so a damaged page
    /// surfaces inside an indicator's aggregation; it is the input's fault (exit 4), not the engine's (7). The
    /// probe hashes every value, which no footer statistic can answer, and runs only on this failure path.
    /// </summary>
    private EvaluationException? UnreadableCommutes()
    {
        if (_commutes is not { IsParquet: true } source)
        {
            return null;
        }

        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT BIT_XOR(HASH(COLUMNS(*))) FROM read_parquet('{source.File.Replace("'", "''", StringComparison.Ordinal)}')";
            command.ExecuteScalar();
            return null;
        }
        catch (DbException ex)
        {
            return new EvaluationException(ErrorCategory.Input, $"engine duckdb could not read the commutes: {FirstLine(ex.Message)}", new SourceLocation(source.File));
        }
    }
}
