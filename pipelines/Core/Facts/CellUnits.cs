using System.Globalization;

namespace MasterPlanEval.Core.Facts;

/// <summary>
/// The cell_units table: each accepted grid cell id with its sub-district's id and number (NULL: in none), the
/// table commute ends are located through. When every id is a whole number written plainly (no sign, no leading
/// zero: how an integer column reads back), <c>cell_key</c> holds it as an integer too, so a mobility file whose
/// cell columns are integers joins on integers; a compact integer range lets an engine look ends up by offset
/// instead of hashing. <see cref="OutsideKey"/> names no cell: the key a commute end outside the city joins on.
/// </summary>
public static class CellUnits
{
    public const string IdColumn = "cell_id";
    public const string KeyColumn = "cell_key";
    public const string SubdistrictColumn = "subdistrict_id";
    public const string NumberColumn = "subdistrict_no";

    public static FactTable Table(IReadOnlyDictionary<string, string?> cellUnits, SubdistrictNumbers numbers)
    {
        var ids = cellUnits.Keys.ToArray();
        var keys = ids.Select(Key).ToArray();
        var columns = new List<FactColumn>
        {
            new TextColumn(IdColumn, ids.Select(k => (string?)k).ToArray()),
            new TextColumn(SubdistrictColumn, ids.Select(k => cellUnits[k]).ToArray()),
            new IntegerColumn(NumberColumn, ids.Select(k => numbers.Of(cellUnits[k])).ToArray()),
        };
        if (keys.All(k => k is not null))
        {
            columns.Add(new IntegerColumn(KeyColumn, keys));
        }

        return new FactTable(FactSchemas.CellUnitsTable, columns);
    }

    /// <summary>True when the table carries integer keys (every cell id is a plain whole number).</summary>
    public static bool HasIntegerKeys(FactTable cellUnits) => cellUnits.Columns.Any(c => c.Name == KeyColumn);

    /// <summary>
    /// A key no cell has, next to the smallest (so an integer range stays compact): an end outside the city joins
    /// the row of this key, which has no sub-district and no coverage.
    /// </summary>
    public static long OutsideKey(FactTable cellUnits) =>
        HasIntegerKeys(cellUnits) && cellUnits.RowCount > 0 ? cellUnits.Integer(KeyColumn).Min()!.Value - 1 : -1;

    private static long? Key(string id) =>
        id.Length is > 0 and <= 18 && (id == "0" || (id[0] is >= '1' and <= '9')) && id.All(char.IsAsciiDigit)
            ? long.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
}
