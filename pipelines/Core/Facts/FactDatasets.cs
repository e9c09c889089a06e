using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Plans;

namespace MasterPlanEval.Core.Facts;

/// <summary>
/// Which inputs a sum stands on: the dataset its fact rows come from, plus the datasets that made the columns
/// it reads (a coverage flag needs the facilities, a control-line area its kind of control line). A value is only
/// a measurement when every one of them has rows for its year: a sum over nothing would read as a true 0.
/// </summary>
public static class FactDatasets
{
    /// <summary>A control-line kind as an input of its own: <c>control_lines.eco_redline</c>.</summary>
    public static string ControlLineKind(string kind) => $"{Datasets.ControlLines}.{kind}";

    public static string EcoRedline { get; } = ControlLineKind("eco_redline");

    public static string UrbanDevelopmentBoundary { get; } = ControlLineKind("urban_development_boundary");

    public static string EcoControlArea { get; } = ControlLineKind("eco_control_area");

    private static readonly IReadOnlyDictionary<string, string> BySource = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [FactSchemas.Cells.Name] = Datasets.PopulationGrid,
        [FactSchemas.Census.Name] = Datasets.Census,
        [FactSchemas.Units.Name] = Datasets.PlanningUnits,
        [FactSchemas.Land.Name] = Datasets.LandUse,
        [FactSchemas.Rail.Name] = Datasets.RailLines,
        [FactSchemas.CommutesByHome.Name] = Datasets.Mobility,
        [FactSchemas.CommutesByWork.Name] = Datasets.Mobility,
    };

    private static readonly IReadOnlyDictionary<string, string> ByColumn = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["subdistrict_density"] = Datasets.Census,
        ["area_in_eco_redline_km2"] = EcoRedline,
        ["area_outside_udb_km2"] = UrbanDevelopmentBoundary,
        ["area_in_eco_control_km2"] = EcoControlArea,
    };

    /// <summary>The inputs of one sum, source dataset first.</summary>
    public static IReadOnlyList<string> Of(AggregateExpr aggregate)
    {
        var inputs = new List<string> { BySource[aggregate.Source] };
        foreach (var column in PlanWalker.Columns(aggregate))
        {
            if (ByColumn.TryGetValue(column, out var dataset))
            {
                inputs.Add(dataset);
            }
            else if (FactSchemas.TryParseCoverageColumn(column, out _, out _) || FactSchemas.TryParseEndColumn(column, out _, out _))
            {
                inputs.Add(Datasets.Facilities);
            }
        }

        return inputs.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The inputs of a plan's sums, in the order they first appear.</summary>
    public static IReadOnlyList<string> Of(IndicatorPlan plan) =>
        plan.Aggregates.SelectMany(Of).Distinct(StringComparer.Ordinal).ToList();
}
