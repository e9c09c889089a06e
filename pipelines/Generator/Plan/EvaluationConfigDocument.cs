using System.Globalization;
using MasterPlanEval.Generator.Land;

namespace MasterPlanEval.Generator.Plan;

/// <summary>
/// Renders <c>evaluation.yaml</c> exactly as the data contract describes it, every input in the working
/// CRS EPSG:4548; the catalog is an absolute path (the city is written outside the repository). The zone
/// <c>central_area</c> groups the central districts as Beijing's six central districts (城六区) are 6 of 16:
/// districts are numbered from the centre outwards, so it takes the first 6/16 of them.
/// </summary>
internal static class EvaluationConfigDocument
{
    public static string Render(string cityId, string scaleName, int seed, IReadOnlyList<int> years, string catalogDirectory, IReadOnlyList<string> districtIds) =>
        $"# Synthetic city (scale {scaleName}, seed {seed}) written by MasterPlanEval.Generator; regenerate rather than edit.\n"
        + $"city: {{ id: \"{cityId}\", name: {{ zh: \"合成北京（{scaleName} 规模）\", en: \"Synthetic Beijing ({scaleName} scale)\" }} }}\n"
        + $"years: [{string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)))}]\n"
        + "working_crs: EPSG:4548\n"
        + $"catalog: '{catalogDirectory.Replace("'", "''", StringComparison.Ordinal)}'\n"
        + "targets: targets.yaml\n"
        + "inputs:\n"
        + "  planning_units:  { path: units.geojson,           crs: EPSG:4548 }\n"
        + "  population_grid: { path: population_grid.parquet, crs: EPSG:4548 }\n"
        + "  census:          { path: census.csv }\n"
        + $"  land_use:        {{ path: land_use.parquet,        crs: EPSG:4548, classification: {LandClassTable.Classification} }}\n"
        + "  facilities:      { path: facilities.parquet,      crs: EPSG:4548 }\n"
        + "  mobility:        { path: commutes.parquet }\n"
        + "  control_lines:   { path: control_lines.geojson,   crs: EPSG:4548 }\n"
        + "  rail_lines:      { path: rail_lines.geojson,      crs: EPSG:4548 }\n"
        + "zones:\n"
        + $"  - {{ id: central_area, name: {{ zh: 中心城区, en: Central area }}, districts: [{string.Join(", ", CentralDistricts(districtIds).Select(d => $"\"{d}\""))}] }}\n";

    private static IEnumerable<string> CentralDistricts(IReadOnlyList<string> districtIds) =>
        districtIds.Order(StringComparer.Ordinal).Take(Math.Max(1, (int)Math.Round(districtIds.Count * 6.0 / 16)));
}
