using System.Globalization;
using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Core.Mobility;

/// <summary>
/// How a column of the mobility file is stored: floating-point numbers (<see cref="Number"/>: Parquet float,
/// double, decimal), whole numbers (<see cref="Integer"/>: Parquet int8 to int64, signed or not, and a constant year
/// the config gives), or text to be parsed (<see cref="Text"/>: every CSV value, a Parquet string). A cell id stored
/// as <see cref="Integer"/> holds whole numbers an engine may join on as numbers; a <see cref="Number"/> never holds a
/// cell id (the contract takes cell ids as text or whole numbers only).
/// </summary>
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
/// A Parquet file is scanned by the engine directly, where it lies; a CSV file is parsed on our side (CsvHelper) and
/// its text rows are streamed in. <see cref="Columns"/> lists the contract columns the rows have (a constant year
/// included), <see cref="FileColumns"/> the file's own name for those it calls otherwise
/// (<c>inputs.mobility.columns</c>), <see cref="ConstantYear"/> the year of every row of a file without a year column
/// (<c>inputs.mobility.year</c>); <see cref="Rules"/> holds the limits and the outside marker the engine checks the
/// rows with.
/// </summary>
public sealed record CommuteSource(
    string Dataset,
    string File,
    IReadOnlyDictionary<string, StoredAs> Columns,
    Func<IEnumerable<CommuteTextRow>>? TextRows,
    CommuteRules Rules)
{
    public IReadOnlyDictionary<string, string> FileColumns { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public int? ConstantYear { get; init; }

    public bool IsParquet => TextRows is null;

    /// <summary>What a rejected row's number counts: a Parquet file's 1-based rows, or a CSV file's physical lines.</summary>
    public string PositionUnit => IsParquet ? "row" : "line";

    /// <summary>The contract columns whose values the file holds (every one in <see cref="Columns"/> but a constant year), in <see cref="CommuteColumns.All"/> order.</summary>
    public IReadOnlyList<string> HeldColumns => CommuteColumns.All.Where(c => Columns.ContainsKey(c) && !IsConstant(c)).ToList();

    /// <summary>The file's name for a contract column: the mapped one, or the contract's own.</summary>
    public string FileColumn(string column) => FileColumns.GetValueOrDefault(column, column);

    /// <summary>
    /// The raw relation's contract columns, in <see cref="CommuteColumns.All"/> order: each held column read from the
    /// column holding it (the file's own name in a scanned Parquet file, the contract's in the appended CSV text
    /// rows), quoted as an identifier by <paramref name="quote"/>, as its contract name; a constant year as an INTEGER
    /// literal. So the checks see one shape whatever the file calls its columns.
    /// </summary>
    public string SelectList(Func<string, string> quote) => string.Join(", ", CommuteColumns.All.Where(Columns.ContainsKey).Select(c =>
        IsConstant(c) ? $"CAST({ConstantYear!.Value.ToString(CultureInfo.InvariantCulture)} AS INTEGER) AS {c}"
        : $"{quote(IsParquet ? FileColumn(c) : c)} AS {c}"));

    /// <summary>A rejected row (by its <see cref="PositionUnit"/> number), its field named as rejects of every input are (<see cref="FieldLabel"/>).</summary>
    public Reject Reject(long number, string field, string reason) =>
        new(Dataset, File, $"{PositionUnit} {number}", FieldLabel.Of(FileColumns, field), reason);

    private bool IsConstant(string column) => column == CommuteColumns.Year && ConstantYear is not null;
}

/// <summary>
/// One CSV row: the file line it starts on (1-based, the header is line 1, blank lines count), its values in
/// <see cref="CommuteColumns.All"/> order (null for a column the file does not hold), and what is wrong with the row
/// as a whole, if anything (a quoted field running over lines, more fields than the header).
/// </summary>
public sealed record CommuteTextRow(long Line, string?[] Values, string? Problem = null);
