using System.Text.RegularExpressions;

namespace MasterPlanEval.Core.Facts;

/// <summary>
/// A name a formula can aggregate over: a fact table seen through one sub-district key column.
/// The same table can be two sources (commutes by home and by work).
/// </summary>
public sealed record FactSource(
    string Name,
    string Table,
    string UnitKey,
    IReadOnlySet<string> NumberColumns,
    IReadOnlySet<string> TextColumns,
    Regex? DynamicNumberColumns = null)
{
    public bool HasNumber(string column) =>
        NumberColumns.Contains(column) || (DynamicNumberColumns?.IsMatch(column) ?? false);

    public bool HasText(string column) => TextColumns.Contains(column);
}
