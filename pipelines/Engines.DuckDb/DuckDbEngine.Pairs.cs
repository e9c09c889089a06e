using System.Data.Common;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Plans;
using MasterPlanEval.Engines.DuckDb.Pairs;

namespace MasterPlanEval.Engines.DuckDb;

/// <summary>The pair sums of the commutes, by the kernel inside DuckDB's scan (<see cref="PairKernel"/>).</summary>
public sealed partial class DuckDbEngine
{
    private int _kernels;

    private void MaterialisePairs(string table, PairAggregation pairs)
    {
        // Loaded commutes are read before their ends are located: the kernel locates them, and the rows it cannot
        // locate or whose ends both lie in no sub-district go to the pair (0, 0), dropped below.
        var locating = pairs.FactTable == FactSchemas.CommutesTable && _commutes is not null;
        using var kernel = new PairKernel(table, pairs, NativeChunks.VectorSize, locating ? _ends : null);
        var function = $"mpe_pair_sums_{++_kernels}";
        PairKernelFunction.Register(_connection, kernel, function);
        try
        {
            Execute($"SELECT SUM({function}({string.Join(", ", kernel.Arguments)})) FROM {(locating ? PairInputView : pairs.FactTable)} f");
        }
        catch (DbException ex)
        {
            throw kernel.Failure as EvaluationException
                ?? new EvaluationException(ErrorCategory.Engine, $"engine duckdb failed building {table}: {FirstLine(kernel.Failure?.Message ?? ex.Message)}");
        }

        var sums = kernel.Total();
        var columns = string.Concat(pairs.Sums.Select(s => $", {s.Column} DOUBLE"));
        Execute($"CREATE OR REPLACE TABLE {table} (year INTEGER{string.Concat(pairs.Keys.Select(k => $", {k} BIGINT"))}{columns}, n BIGINT)");
        using var appender = _connection.CreateAppender(table);
        foreach (var total in sums.Totals().Where(t => !locating || t.Home != 0 || t.Work != 0))
        {
            var row = appender.CreateRow().AppendValue(total.Year);
            row = total.Home == 0 ? row.AppendNullValue() : row.AppendValue(total.Home);
            row = total.Work == 0 ? row.AppendNullValue() : row.AppendValue(total.Work);
            for (var s = 0; s < total.Sums.Length; s++)
            {
                row = total.Valued[s] ? row.AppendValue(FixedPoint.ToDouble(total.Sums[s])) : row.AppendNullValue();
            }

            row.AppendValue(total.Rows).EndRow();
        }
    }
}
