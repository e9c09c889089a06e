using System.Globalization;
using System.Text.RegularExpressions;

namespace MasterPlanEval.SampleBuilder.Output;

/// <summary>
/// Fills the README template of the sample city with the numbers and edge-case locations of this build,
/// so the README always describes the files beside it. Fails on a placeholder left unfilled.
/// </summary>
public static partial class ReadmeWriter
{
    public static void Write(string folder, string templatePath, SampleData data, EdgeCases edges, string roundTrip)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["area_city"] = Km2(data.City.Outline.Area),
            ["area_dongcheng"] = Km2(data.City.Districts[0].Shape.Area),
            ["area_xicheng"] = Km2(data.City.Districts[1].Shape.Area),
            ["roundtrip"] = roundTrip,
            ["file_table"] = ReadmeTables.Files(folder, data),
            ["subdistrict_table"] = ReadmeTables.Subdistricts(data),
            ["census_table"] = ReadmeTables.Census(data),
            ["grid_cells"] = N(data.Grid.Cells.Count),
            ["grid_rows"] = N(data.Grid.Values.Count),
            ["grid_origin"] = $"{N(data.Grid.Origin.X)}, {N(data.Grid.Origin.Y)}",
            ["outside_cells"] = string.Join(", ", edges.OutsideCells.Select(c => $"`{c.Id}`")),
            ["grid_totals"] = ReadmeTables.GridTotals(data),
            ["facility_counts"] = $"{N(data.Facilities.Count)} points: " + string.Join(", ", data.Facilities.GroupBy(f => f.Type).Select(g => $"{g.Count()} `{g.Key}`")),
            ["rail_counts"] = $"{edges.RailStationsInside} inside, {edges.RailStationsNear} within 1.5 km outside",
            ["rail_years"] = string.Join(", ", data.Facilities.Where(f => f.Type == "rail_station" && f.YearOpen is not null).OrderBy(f => f.YearOpen).ThenBy(f => f.Name, StringComparer.Ordinal).Select(f => $"{f.Name} {f.YearOpen}")),
            ["openings_table"] = ReadmeTables.Openings(edges),
            ["parcel_count"] = N(data.Land.Parcels.Count),
            ["parcel_features"] = N(data.Land.Parcels.Count * SampleYears.All.Count),
            ["class_table"] = ReadmeTables.Classes(data),
            ["changes_table"] = ReadmeTables.Changes(data),
            ["commute_counts"] = $"{N(data.Commutes.Count)} rows ({N(data.Commutes.Count / SampleYears.All.Count)} a year), of which {N(data.Commutes.Count(c => c.WorkCell is null))} leave the city, {N(data.Commutes.Count(c => c.HomeCell is null))} enter it, {N(edges.CommutesOver60)} take more than 60 minutes",
            ["edge_table"] = ReadmeTables.EdgeCases(data, edges),
            ["indicator_table"] = ReadmeTables.Indicators(data),
        };
        var text = Placeholder().Replace(File.ReadAllText(templatePath), m =>
            values.TryGetValue(m.Groups[1].Value, out var value) ? value : throw new InvalidDataException($"README placeholder {m.Value} has no value"));
        TextFile.Write(Path.Combine(folder, "README.md"), text);
    }

    public static string N(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Km2(double squareMetres) => (squareMetres / 1e6).ToString("F2", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}
