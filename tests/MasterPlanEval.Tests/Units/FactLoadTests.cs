using MasterPlanEval.Core.Facts;
using MasterPlanEval.Engines.DuckDb;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// Fact tables reach DuckDB a data chunk at a time (2,048 rows), a column copied at once: rows across chunk
/// boundaries keep their values, NaN becomes NULL (missing is never zero), and tables loaded together each hold
/// only their own rows.
/// </summary>
public sealed class FactLoadTests
{
    // 5,000 rows, i = 0..4999: n = i but NaN where i % 7 == 0, t = "t{i}" but null where i % 5 == 0,
    // k = 10 i but null where i % 3 == 0.
    private static FactTable Rows() => new("rows", [
        new IntegerColumn("id", Enumerable.Range(0, 5000).Select(i => (long?)i).ToArray()),
        new NumberColumn("n", Enumerable.Range(0, 5000).Select(i => i % 7 == 0 ? double.NaN : i).ToArray()),
        new TextColumn("t", Enumerable.Range(0, 5000).Select(i => i % 5 == 0 ? null : $"t{i}").ToArray()),
        new IntegerColumn("k", Enumerable.Range(0, 5000).Select(i => i % 3 == 0 ? null : (long?)(10 * i)).ToArray()),
    ]);

    [Fact]
    public void Nulls_are_counted_per_column_and_no_nan_is_read_as_a_value()
    {
        using var engine = new DuckDbEngine();
        engine.Load(Rows());

        // Non-null: 5000 - 715 multiples of 7, 5000 - 1000 of 5, 5000 - 1667 of 3. The sum of n is
        // 0 + ... + 4999 = 12,497,500 less 7 (0 + ... + 714) = 1,786,785; row 0, whose n is NaN, is not a zero.
        var counts = engine.QueryRows("SELECT COUNT(*), COUNT(n), COUNT(t), COUNT(k), SUM(n), COUNT(*) FILTER (n = 0) FROM rows").Single();
        Assert.Equal<object?>([5000L, 4285L, 4000L, 3333L, 10_710_715.0, 0L], counts);
    }

    [Fact]
    public void Rows_in_the_second_and_third_chunks_keep_their_values_and_nulls()
    {
        using var engine = new DuckDbEngine();
        engine.Load(Rows());

        // 2048 opens the second chunk (2048 % 7 = 4, % 5 = 3, % 3 = 2); 4095 = 3 * 5 * 7 * 39 ends it, 4096 opens the third.
        var rows = engine.QueryRows("SELECT id, n, t, k FROM rows WHERE id IN (2048, 4095, 4096) ORDER BY id");
        Assert.Equal<object?>([2048L, 2048.0, "t2048", 20480L], rows[0]);
        Assert.Equal<object?>([4095L, null, null, null], rows[1]);
        Assert.Equal<object?>([4096L, 4096.0, "t4096", 40960L], rows[2]);
    }

    [Fact]
    public void Tables_loaded_together_each_hold_their_own_rows()
    {
        using var engine = new DuckDbEngine();
        engine.LoadAll([
            Rows(),
            new FactTable("a", [new TextColumn("x", ["p", "q", null])]),
            new FactTable("b", [new NumberColumn("y", [1.5, double.NaN])]),
        ]);

        Assert.Equal<object?>([5000L], engine.QueryRows("SELECT COUNT(*) FROM rows").Single());
        Assert.Equal<object?>([3L, "p,q"], engine.QueryRows("SELECT COUNT(*), string_agg(x, ',' ORDER BY x) FROM a").Single());
        Assert.Equal<object?>([2L, 1.5], engine.QueryRows("SELECT COUNT(*), SUM(y) FROM b").Single());
    }
}
