namespace MasterPlanEval.Core.Mobility;

/// <summary>How a column of the mobility file is stored: typed numbers (whole or not), or text to be parsed.</summary>
public enum StoredAs
{
    /// <summary>Floating or decimal numbers.</summary>
    Number,

    /// <summary>Whole numbers (a cell column of this kind joins the grid's integer cell keys as integers).</summary>
    Integer,

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

    /// <summary>What a rejected row's number counts: a Parquet file's 1-based rows, or a CSV file's physical lines.</summary>
    public string PositionUnit => IsParquet ? "row" : "line";
}

/// <summary>
/// One CSV row: the file line it starts on (1-based, the header is line 1, blank lines count), its values in
/// <see cref="CommuteColumns.All"/> order, and what is wrong with the row as a whole, if anything (a quoted field
/// running over lines, more fields than the header).
/// </summary>
public sealed record CommuteTextRow(long Line, string?[] Values, string? Problem = null);
