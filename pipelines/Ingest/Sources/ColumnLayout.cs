namespace MasterPlanEval.Ingest.Sources;

/// <summary>
/// Where each contract column of an input lies in its file's batches: the index of the file column that holds it
/// (its own name, or the one <c>inputs.&lt;dataset&gt;.columns</c> maps it to), or a constant column the config gives.
/// Built once per file, so a row's field is one lookup away.
/// </summary>
public sealed class ColumnLayout
{
    private readonly Dictionary<string, int> _indexes;
    private readonly Dictionary<string, SourceColumn> _constants;

    internal ColumnLayout(IReadOnlyDictionary<string, int> indexes, IReadOnlyDictionary<string, SourceColumn> constants)
    {
        _indexes = new Dictionary<string, int>(indexes, StringComparer.Ordinal);
        _constants = new Dictionary<string, SourceColumn>(constants, StringComparer.Ordinal);
    }

    /// <summary>The contract columns a row has.</summary>
    public IEnumerable<string> Names => _indexes.Keys.Concat(_constants.Keys);

    public FieldValue Value(RecordBatch batch, string column, int row)
    {
        if (_indexes.TryGetValue(column, out var index))
        {
            return index < batch.Columns.Count && batch.Columns[index] is { } values ? values[row] : default;
        }

        return _constants.TryGetValue(column, out var constant) ? constant[row] : default;
    }
}
