using MasterPlanEval.Core.Facts;

namespace MasterPlanEval.Core.Mobility;

/// <summary>
/// How a mobility file's commute ends meet the grid: as integers when the grid's cell ids are plain whole numbers
/// and both cell columns of the file are stored as integers (the fast lookup), else as texts; and the key an end
/// outside the city joins on (see <see cref="CellUnits.OutsideKey"/>).
/// </summary>
public sealed record CommuteEnds(bool JoinOnIntegers, long OutsideKey)
{
    public static CommuteEnds For(FactTable cellUnits, CommuteSource source) => new(
        CellUnits.HasIntegerKeys(cellUnits) &&
        new[] { CommuteColumns.HomeCell, CommuteColumns.WorkCell }.All(c => source.Columns.GetValueOrDefault(c, StoredAs.Text) == StoredAs.Integer),
        CellUnits.OutsideKey(cellUnits));
}
