using System.Globalization;
using MasterPlanEval.SampleBuilder.City;
using MasterPlanEval.SampleBuilder.Land;

namespace MasterPlanEval.SampleBuilder.Output;

/// <summary>The tables and lists of the sample city's README, each built from the generated data.</summary>
public static class ReadmeTables
{
    public static string Files(string folder, SampleData data)
    {
        var table = new MarkdownTable();
        void Add(string file, string crs, string count, string origin) =>
            table.Add($"`{file}`", crs, count, origin, $"{new FileInfo(Path.Combine(folder, file)).Length / 1024.0:F0} KB");
        var parcels = data.Land.Parcels.Count;
        Add("units.geojson", "GCJ-02", $"{1 + data.City.Districts.Count + data.City.Subdistricts.Count} features", "names and codes real; geometry schematic");
        Add("census.csv", "–", $"{data.Census.Count} rows", "2020 district totals real; split and 2023–2024 synthetic");
        Add("population_grid.csv", "EPSG:4326", $"{ReadmeWriter.N(data.Grid.Values.Count)} rows", "synthetic, agrees with the census");
        Add("facilities.csv", "GCJ-02", $"{data.Facilities.Count} rows", "metro stations real (OSM); others synthetic");
        Add("land_use.geojson", "EPSG:4548", $"{ReadmeWriter.N(parcels * SampleYears.All.Count)} features ({parcels} × 3 years)", "synthetic");
        Add("control_lines.geojson", "EPSG:4326", $"{data.ControlLines.Count} features", "synthetic, illustrative");
        Add("commutes.csv", "–", $"{ReadmeWriter.N(data.Commutes.Count)} rows", "synthetic");
        Add("rail_lines.geojson", "EPSG:4326", $"{data.RailLines.Count} lines", "real metro lines (OSM station coordinates)");
        Add("targets.yaml", "–", $"{data.Targets.Count} targets", "illustrative");
        Add("evaluation.yaml", "–", "config", "as in the data contract");
        var total = Directory.GetFiles(folder).Where(f => Path.GetFileName(f) != "README.md").Sum(f => new FileInfo(f).Length);
        table.Add("**all files**", string.Empty, string.Empty, string.Empty, $"{total / 1024.0 / 1024.0:F2} MB");
        return table.ToString();
    }

    public static string Subdistricts(SampleData data)
    {
        var locator = new UnitLocator(data.City);
        var stations = data.Facilities.Where(f => f.Type == "rail_station").Select(f => locator.Locate(f.Metres)?.Code).ToList();
        var table = new MarkdownTable();
        foreach (var s in data.City.Subdistricts)
        {
            var district = data.City.Districts.Single(d => d.Adcode == s.DistrictCode);
            var census = SampleYears.All.Select(y => ReadmeWriter.N(data.Census.Single(c => c.Code == s.Code && c.Year == y).Residents)).ToArray();
            var count = stations.Count(c => c == s.Code);
            table.Add(s.Code, s.NameZh, s.NameEn, district.NameZh, ReadmeWriter.Km2(s.Shape.Area), census[0], census[1], census[2], count == 0 ? "**0**" : count.ToString(CultureInfo.InvariantCulture));
        }

        return table.ToString();
    }

    public static string Census(SampleData data)
    {
        var table = new MarkdownTable();
        foreach (var d in data.City.Districts)
        {
            var members = data.City.Subdistricts.Where(s => s.DistrictCode == d.Adcode).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
            table.Add([$"{d.NameZh} {d.NameEn} ({d.Adcode})", .. SampleYears.All.Select(y => ReadmeWriter.N(data.Census.Where(c => c.Year == y && members.Contains(c.Code)).Sum(c => c.Residents)))]);
        }

        table.Add(["**core**", .. SampleYears.All.Select(y => $"**{ReadmeWriter.N(data.Census.Where(c => c.Year == y).Sum(c => c.Residents))}**")]);
        return table.ToString();
    }

    public static string GridTotals(SampleData data)
    {
        var inside = data.Grid.Inside.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return string.Join("; ", SampleYears.All.Select(year =>
        {
            var census = data.Census.Where(c => c.Year == year).Sum(c => (double)c.Residents);
            var cells = data.Grid.Values.Where(v => v.Year == year && inside.Contains(v.CellId)).ToList();
            var residents = cells.Sum(v => (double)v.Residents);
            var workers = cells.Sum(v => (double)v.Workers);
            return string.Create(CultureInfo.InvariantCulture,
                $"{year}: residents {ReadmeWriter.N(residents)} ({(residents - census) / census * 100:+0.00;-0.00} % against the census), workers {ReadmeWriter.N(workers)} ({workers / residents:F2} ×)");
        })) + " (cells inside the city).";
    }

    public static string Openings(EdgeCases edges)
    {
        var table = new MarkdownTable();
        table.Add("facility_id", "type", "year_open", "name");
        table.Add("---", "---", "---:", "---");
        foreach (var f in edges.Openings)
        {
            table.Add($"`{f.Id}`", f.Type, f.YearOpen, f.Name);
        }

        return table.ToString();
    }

    public static string Classes(SampleData data)
    {
        var table = new MarkdownTable();
        var year = SampleYears.Baseline;
        foreach (var c in LandClasses.ByCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            var parcels = data.Land.Parcels.Where(p => p.ClassByYear[year] == c.Code).ToList();
            var used = data.Land.Parcels.Any(p => p.ClassByYear.Values.Contains(c.Code));
            if (used)
            {
                table.Add($"`{c.Code}`", c.NameZh, c.Construction ? "yes" : "no", c.UrbanRural ? "yes" : "no", parcels.Count, ReadmeWriter.Km2(parcels.Sum(p => p.Shape.Area)));
            }
        }

        return table.ToString();
    }

    public static string Changes(SampleData data)
    {
        var table = new MarkdownTable();
        foreach (var change in data.Land.Changes.Where(c => c.ClassByYear.Values.Distinct().Count() > 1))
        {
            table.Add($"`{change.ParcelId}`", $"`{change.ClassByYear[2020]}`", $"`{change.ClassByYear[2023]}`", $"`{change.ClassByYear[2024]}`", change.Story);
        }

        return table.ToString();
    }

    public static string EdgeCases(SampleData data, EdgeCases e)
    {
        var land = data.Land;
        var parcelIndex = land.Parcels.ToList().FindIndex(p => p.Id == land.BowTieParcelId);
        var bowTieFeature = (SampleYears.All.ToList().IndexOf(land.BowTieYear) * land.Parcels.Count) + parcelIndex;
        var outsideParcel = land.Parcels.Single(p => p.Id == land.OutsideParcelId);
        var outsideIn = data.City.Subdistricts.Where(s => s.Shape.Intersects(outsideParcel.Shape)).Select(s => s.NameEn);
        string Cell(string? id) => id is null ? "empty" : $"`{id}`";
        // Rejects name a CSV row by its file line: the header is line 1, and commutes.csv has no blank lines.
        string Row(Mobility.Commute c) =>
            $"line {data.Commutes.ToList().IndexOf(c) + 2}: {c.Year}, home {Cell(c.HomeCell)}, work {Cell(c.WorkCell)}, {c.Minutes} min by {c.Mode}, {c.Persons} person{(c.Persons == 1 ? "" : "s")}";
        var table = new MarkdownTable();
        table.Add("GCJ-02 input", "`units.geojson`, `facilities.csv` (crs `GCJ-02`)", "convert to WGS84 by the iterated inverse, then to EPSG:4548 (positions shift ~600 m)");
        table.Add("WGS84 input", "`population_grid.csv`, `control_lines.geojson`, `rail_lines.geojson` (crs `EPSG:4326`)", "project to EPSG:4548");
        table.Add("EPSG:4548 input", "`land_use.geojson`", "use as is (it is the working CRS)");
        table.Add("grid cells outside every sub-district", string.Join(", ", e.OutsideCells.Select(c => $"`{c.Id}`")) + " (3 cells × 3 years = 9 rows)", "reject each row (outside every sub-district); read = accepted + rejected still holds");
        table.Add("sub-districts with no metro station", string.Join(", ", e.WithoutRailStation.Select(u => $"{u.NameEn} ({u.Code})")), "no error: their cells may still lie within 800 m of a station in a neighbour or outside the city");
        table.Add("parcel across two sub-districts (and the district border)", $"`{land.CrossingParcelId}`: " + string.Join(" / ", e.CrossingPieces.Select(p => $"{p.Unit.NameEn} ({p.Unit.Code}) {ReadmeWriter.N(p.AreaM2)} m²")), "split by overlay; each piece counts in its own sub-district and district");
        table.Add("parcel reaching outside the city", $"`{land.OutsideParcelId}` ({string.Join(", ", outsideIn)}): {ReadmeWriter.N(e.OutsideParcelInsideM2)} m² inside, {ReadmeWriter.N(e.OutsideParcelOutsideM2)} m² outside", "count only the part inside the city");
        table.Add("self-intersecting (bow-tie) parcel", $"`{land.BowTieParcelId}` in {land.BowTieYear} only (feature index {bowTieFeature}), in {e.BowTieUnit.NameEn}; its ring runs a, b, d, c", "repair with GeometryFixer (two triangles, half the block's area) and report it as `repaired` in rejects.csv; the parcel is used");
        table.Add("commutes leaving the city (work_cell empty)", $"{ReadmeWriter.N(data.Commutes.Count(c => c.WorkCell is null))} rows, e.g. {Row(e.FirstLeaving)}", "an employed resident of the home unit, a job nowhere");
        table.Add("commutes entering the city (home_cell empty)", $"{ReadmeWriter.N(data.Commutes.Count(c => c.HomeCell is null))} rows, e.g. {Row(e.FirstEntering)}", "a job of the work unit only");
        table.Add("commutes over 60 minutes", $"{ReadmeWriter.N(e.CommutesOver60)} rows", "count in `commute_share_over_60min`");
        table.Add("facilities opening in 2021–2024", string.Join(", ", e.Openings.Select(f => $"`{f.Id}` ({f.YearOpen})")), "not counted in years before `year_open`");
        table.Add("facilities outside the city", $"{e.RailStationsNear} metro stations within 1.5 km, 日坛公园 and 玉渊潭公园, synthetic points up to 600 m beyond the edge", "kept: they serve cells near the edge");
        table.Add("class changes between years", string.Join(", ", land.Changes.Where(c => c.ClassByYear.Values.Distinct().Count() > 1).Select(c => $"`{c.ParcelId}`")), "each year uses its own layer");
        table.Add("codes finer than the mapping", "`0103`, `0301`, `0801`–`0806`, `0901`, `0902`, `1101`, `1201`, `1301`, `1402`, `1501`, `1702`", "longest-prefix match (`0901` → `09`, `1402` → `14`, ...)");
        table.Add("construction land that is not urban-rural construction land", "`1201` railway land (Beijing Railway Station)", "counts for the red line and UDB indicators, not for urban-rural construction land");
        table.Add("construction land inside the red line / outside the boundary", "`ECO-01` over Beihai–Shichahai; `UDB-01` without the Temple of Heaven and Longtan Park", "non-zero values (park land 1401 is construction land)");
        return table.ToString();
    }

    public static string Indicators(SampleData data)
    {
        var table = new MarkdownTable();
        foreach (var group in data.Indicators.GroupBy(v => (v.IndicatorId, v.UnitId)))
        {
            table.Add([$"`{group.Key.IndicatorId}`", group.Key.UnitId, .. group.Select(v => v.Value is { } x ? Format(x) : "null")]);
        }

        return table.ToString();
    }

    private static string Format(double value) =>
        Math.Abs(value) >= 1000 ? ReadmeWriter.N(value) : value.ToString("0.####", CultureInfo.InvariantCulture);
}
