namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Where each contract column of an input lies in its file's batches: the index of the file column that holds it
/// (its own name, or the one <c>inputs.&lt;dataset&gt;.columns</c> maps it to), or a constant column the config gives.
/// Built once per file, so a row's field is one lookup away. An input has a dozen columns at most and readers name
/// them by the contract's own strings: a scan that compares references first finds one faster than hashing its
/// name, which every field of every row would pay.
/// </summary>
public sealed class ColumnLayout
{
    private readonly string[] _names;
    private readonly int[] _indexes;
    private readonly SourceColumn?[] _constants;

    internal ColumnLayout(IReadOnlyDictionary<string, int> indexes, IReadOnlyDictionary<string, SourceColumn> constants)
    {
        _names = [.. indexes.Keys, .. constants.Keys];
        _indexes = [.. indexes.Values, .. constants.Keys.Select(_ => -1)];
        _constants = [.. indexes.Keys.Select(_ => (SourceColumn?)null), .. constants.Values];
    }

    /// <summary>The contract columns a row has.</summary>
    public IEnumerable<string> Names => _names;

    public FieldValue Value(RecordBatch batch, string column, int row)
    {
        var at = Find(column);
        if (at < 0)
        {
            return default;
        }

        if (_constants[at] is { } constant)
        {
            return constant[row];
        }

        var index = _indexes[at];
        return index < batch.Columns.Count && batch.Columns[index] is { } values ? values[row] : default;
    }

    private int Find(string column)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (ReferenceEquals(_names[i], column))
            {
                return i;
            }
        }

        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
