using System.Globalization;

namespace MasterPlanEval.SampleBuilder.Real;

/// <summary>Reads the few data-real files the sample needs, keeping only Dongcheng and Xicheng.</summary>
public static class RealDataReader
{
    public const string Dongcheng = "110101";
    public const string Xicheng = "110102";

    public static RealData Read(string realDirectory)
    {
        var census = SimpleCsv.Read(Path.Combine(realDirectory, "beijing_population_census_2010_2020_by_district.csv"))
            .Where(r => r["adcode"] is Dongcheng or Xicheng)
            .Select(r => new DistrictCensus(r["adcode"], r["name_zh"], r["name_en"], int.Parse(r["pop_2020"], CultureInfo.InvariantCulture)))
            .OrderBy(d => d.Adcode, StringComparer.Ordinal)
            .ToList();
        var codes = SimpleCsv.Read(Path.Combine(realDirectory, "beijing_subdistricts_codes_2023.csv"))
            .Where(r => r["district_code"] is Dongcheng or Xicheng)
            .Select(r => new SubdistrictCode(r["code"], r["name_zh"], r["district_code"]))
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .ToList();
        var opened = SimpleCsv.Read(Path.Combine(realDirectory, "beijing_subway_lines.csv"))
            .Where(r => r["opened"].Length >= 4)
            .ToDictionary(r => r["name_zh"], r => int.Parse(r["opened"][..4], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var stations = SimpleCsv.Read(Path.Combine(realDirectory, "beijing_subway_stations.csv"))
            .Where(r => r["lat_wgs84"].Length > 0 && r["lng_wgs84"].Length > 0)
            .Select(r => Station(r, opened))
            .OrderBy(s => s.StationId, StringComparer.Ordinal)
            .ToList();
        if (census.Count != 2 || codes.Count(c => c.DistrictCode == Dongcheng) != 17 || codes.Count(c => c.DistrictCode == Xicheng) != 15)
        {
            throw new InvalidDataException($"{realDirectory}: expected 2 districts with 17 and 15 sub-districts");
        }

        return new RealData(census, codes, stations, Lines(realDirectory, stations, opened));
    }

    private static List<SubwayLine> Lines(string realDirectory, IReadOnlyList<SubwayStation> stations, IReadOnlyDictionary<string, int> opened)
    {
        var at = stations.GroupBy(s => s.NameZh, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (g.First().Lon, g.First().Lat), StringComparer.Ordinal);
        return SimpleCsv.Read(Path.Combine(realDirectory, "beijing_subway_line_stations.csv"))
            .GroupBy(r => r["line_zh"], StringComparer.Ordinal)
            .Select(g =>
            {
                var ordered = g.OrderBy(r => int.Parse(r["seq"], CultureInfo.InvariantCulture)).ToList();
                var path = ordered.Where(r => at.ContainsKey(r["station_zh"])).Select(r => at[r["station_zh"]]).ToList();
                if (ordered[0]["is_loop"] == "1" && path.Count > 2)
                {
                    path.Add(path[0]);
                }

                return new SubwayLine(g.Key, opened.TryGetValue(g.Key, out var year) ? year : null, path);
            })
            .Where(l => l.Path.Count >= 2)
            .OrderBy(l => l.NameZh, StringComparer.Ordinal)
            .ToList();
    }

    private static SubwayStation Station(IReadOnlyDictionary<string, string> row, IReadOnlyDictionary<string, int> opened)
    {
        var years = row["lines"].Split('|').Select(l => opened.TryGetValue(l, out var y) ? y : (int?)null).ToList();
        var first = years.All(y => y is not null) && years.Count > 0 ? years.Min() : null;
        return new SubwayStation(
            row["station_id"],
            row["name_zh"],
            row["osm_node_id"].Length > 0 ? row["osm_node_id"] : null,
            double.Parse(row["lng_wgs84"], CultureInfo.InvariantCulture),
            double.Parse(row["lat_wgs84"], CultureInfo.InvariantCulture),
            row["lines"],
            first);
    }
}
