using System.Text.RegularExpressions;

namespace MasterPlanEval.Core.Facts;

/// <summary>
/// A name a formula can aggregate over: a fact table seen through one sub-district key column.
/// The same table can be two sources (commutes by home and by work). A source with an
/// <see cref="OtherUnitKey"/> (the commute's other end) also offers <see cref="SameUnitColumn"/>: 1 when both
/// ends lie in the same unit at the level being evaluated, so self-containment is right at every level.
/// </summary>
public sealed record FactSource(
    string Name,
    string Table,
    string UnitKey,
    IReadOnlySet<string> NumberColumns,
    IReadOnlySet<string> TextColumns,
    Regex? DynamicNumberColumns = null,
    string? OtherUnitKey = null)
{
    public const string SameUnitColumn = "same_unit";

    public bool HasNumber(string column) =>
        NumberColumns.Contains(column) || (DynamicNumberColumns?.IsMatch(column) ?? false) ||
        (OtherUnitKey is not null && column == SameUnitColumn);

    public bool HasText(string column) => TextColumns.Contains(column);
}
