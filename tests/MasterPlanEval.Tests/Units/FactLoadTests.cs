using DuckDB.NET.Data;
using MasterPlanEval.Core.Errors;
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

    // Row i of 4,500 (chunks of 2,048, 2,048 and 404 rows) takes the (i % count)-th of each list below, so every
    // value lands in every chunk and at both ends of a vector. The texts are NULL, empty, short and long
    // non-ASCII (DuckDB inlines 12 bytes and heaps longer ones), 12 and 13 bytes, and one with a NUL inside.
    private static readonly string?[] Texts = [null, "", "é", "北京市朝阳区望京街道", "twelve bytes", "thirteen byte", "a\0b", new string('x', 300)];
    private static readonly double[] Numbers = [double.NaN, 0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, 0.1 + 0.2];
    private static readonly long?[] Integers = [null, long.MinValue, long.MaxValue, 0, -1];

    private static FactTable Mixed() => new("mixed", [
        new IntegerColumn("i", Enumerable.Range(0, 4500).Select(i => (long?)i).ToArray()),
        new TextColumn("t", Enumerable.Range(0, 4500).Select(i => Texts[i % Texts.Length]).ToArray()),
        new NumberColumn("n", Enumerable.Range(0, 4500).Select(i => Numbers[i % Numbers.Length]).ToArray()),
        new IntegerColumn("k", Enumerable.Range(0, 4500).Select(i => Integers[i % Integers.Length]).ToArray()),
    ]);

    [Fact]
    public void Every_value_round_trips_exactly_across_three_chunks()
    {
        using var engine = new DuckDbEngine();
        engine.Load(Mixed());

        var rows = engine.QueryRows("SELECT i, t, n, k FROM mixed ORDER BY i");
        Assert.Equal(4500, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(i, Assert.IsType<long>(rows[i][0]));
            Assert.Equal(Texts[i % Texts.Length], rows[i][1]);
            var number = Numbers[i % Numbers.Length];
            if (double.IsNaN(number))
            {
                Assert.Null(rows[i][2]);
            }
            else
            {
                // Bit for bit: -0.0 stays negative, 0.1 + 0.2 stays 0.30000000000000004.
                Assert.Equal(BitConverter.DoubleToInt64Bits(number), BitConverter.DoubleToInt64Bits(Assert.IsType<double>(rows[i][2])));
            }

            Assert.Equal(Integers[i % Integers.Length], (long?)rows[i][3]);
        }
    }

    [Fact]
    public void Texts_keep_their_length_in_characters_and_empty_is_not_null()
    {
        using var engine = new DuckDbEngine();
        engine.Load(Mixed());

        // 4500 = 8 * 562 + 4: list items 0..3 come 563 times, 4..7 562 times. Lengths: "" 0, "é" 1, Beijing 10,
        // 12, 13, "a\0b" 3, 300.
        var lengths = engine.QueryRows("SELECT length(t), COUNT(*) FROM mixed GROUP BY ALL ORDER BY 1 NULLS FIRST");
        Assert.Equal<object?[]>(
            [[null, 563L], [0L, 563L], [1L, 563L], [3L, 562L], [10L, 563L], [12L, 562L], [13L, 562L], [300L, 562L]],
            lengths);
    }

    [Fact]
    public void A_table_duckdb_cannot_create_is_an_engine_error_naming_it()
    {
        using var engine = new DuckDbEngine();
        var twice = new FactTable("twice", [new NumberColumn("a", [1.0]), new NumberColumn("a", [2.0])]);

        var error = Assert.Throws<EvaluationException>(() => engine.Load(twice));
        Assert.Equal(ErrorCategory.Engine, error.Category);
        Assert.StartsWith("engine duckdb failed building twice: ", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_table_the_appender_cannot_find_is_an_engine_error_naming_it()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();

        var error = Assert.Throws<EvaluationException>(() => ChunkAppender.Append(connection, new FactTable("missing", [new NumberColumn("a", [1.0])])));
        Assert.Equal(ErrorCategory.Engine, error.Category);
        Assert.StartsWith("engine duckdb failed loading missing: ", error.Message);
        Assert.Contains("missing", error.Message["engine duckdb failed loading missing: ".Length..]);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_row_the_table_refuses_is_an_engine_error_and_the_connection_stays_usable()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE strict (a BIGINT NOT NULL)";
            create.ExecuteNonQuery();
        }

        var error = Assert.Throws<EvaluationException>(() => ChunkAppender.Append(connection, new FactTable("strict", [new IntegerColumn("a", [1, null])])));
        Assert.Equal(ErrorCategory.Engine, error.Category);
        Assert.StartsWith("engine duckdb failed loading strict: ", error.Message);
        Assert.Contains("NOT NULL", error.Message);
        Assert.DoesNotContain('\n', error.Message);

        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM strict";
        Assert.Equal(0L, Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void One_name_given_twice_is_refused_rather_than_appended_twice()
    {
        using var engine = new DuckDbEngine();
        var table = new FactTable("a", [new NumberColumn("y", [1.0])]);

        Assert.Throws<ArgumentException>(() => engine.LoadAll([table, table]));
    }
}
