namespace MasterPlanEval.Core.Mobility;

/// <summary>How a column of the mobility file is stored: typed numbers, or text to be parsed.</summary>
public enum StoredAs
{
    Number,
    Text,
}

/// <summary>
/// A mobility file whose header has been checked, handed to the engine unread: commuting tables are the
/// one input too big to hold as objects, so the engine reads and validates the rows itself.
/// A Parquet file is scanned by the engine directly; a CSV file is parsed on our side (CsvHelper) and its
/// text rows are streamed in. <see cref="Columns"/> lists the contract columns the file has; <see cref="Rules"/>
/// holds the limits and the outside marker the engine checks the rows with.
/// </summary>
public sealed record CommuteSource(
    string Dataset,
    string File,
    IReadOnlyDictionary<string, StoredAs> Columns,
    Func<IEnumerable<CommuteTextRow>>? TextRows,
    CommuteRules Rules)
{
    public bool IsParquet => TextRows is null;
}

/// <summary>
/// One CSV row: its 1-based data row number, its values in <see cref="CommuteColumns.All"/> order, and what is
/// wrong with the row as a whole, if anything (a quoted field running over lines).
/// </summary>
public sealed record CommuteTextRow(long Row, string?[] Values, string? Problem = null);
