namespace MasterPlanEval.Engines.DuckDb.Pairs;

/// <summary>
/// One chunk of rows as the kernel's nodes read them: each number column a double per row (NaN: no value; an
/// accepted commute never holds a NaN, the checks refuse it), each text column a text number per row (−1: no value).
/// A worker reuses its batch for every chunk.
/// </summary>
internal sealed class RowBatch(int capacity, int numberColumns, int textColumns)
{
    public const int NoText = -1;

    public int Count { get; set; }

    public double[][] Numbers { get; } = Enumerable.Range(0, numberColumns).Select(_ => new double[capacity]).ToArray();

    public int[][] Texts { get; } = Enumerable.Range(0, textColumns).Select(_ => new int[capacity]).ToArray();

    public TextInterner Interner { get; } = new();
}
