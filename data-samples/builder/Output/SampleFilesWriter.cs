using System.Text;
using MasterPlanEval.SampleBuilder.Geo;
using MasterPlanEval.SampleBuilder.Land;

namespace MasterPlanEval.SampleBuilder.Output;

/// <summary>
/// Writes the data files of the sample city, each in the CRS evaluation.yaml declares for it: units and
/// facilities in GCJ-02, grid, control lines and rail lines in WGS84, parcels in EPSG:4548 metres.
/// </summary>
public sealed class SampleFilesWriter(string folder, OutputCrs crs)
{
    /// <summary>Facility types in file order (as the data contract lists them).</summary>
    private static readonly IReadOnlyList<string> TypeOrder =
        ["park", "clinic", "primary_school", "middle_school", "elderly_care", "market", "sports", "rail_station", "bus_stop"];

    public void WriteAll(SampleData data)
    {
        Units(data);
        Census(data);
        Grid(data);
        Facilities(data);
        LandUse(data);
        ControlLines(data);
        Commutes(data);
        RailLines(data);
    }

    private void Units(SampleData data)
    {
        var json = new GeoJsonText(OutputCrs.LonLatDecimals);
        var city = data.City;
        json.Add([("unit_id", city.Id), ("parent_id", null), ("level", "city"), ("name_zh", city.NameZh), ("name_en", city.NameEn)], crs.Gcj02(city.Outline));
        foreach (var d in city.Districts)
        {
            json.Add([("unit_id", d.Adcode), ("parent_id", city.Id), ("level", "district"), ("name_zh", d.NameZh), ("name_en", d.NameEn)], crs.Gcj02(d.Shape));
        }

        foreach (var s in city.Subdistricts)
        {
            json.Add([("unit_id", s.Code), ("parent_id", s.DistrictCode), ("level", "subdistrict"), ("name_zh", s.NameZh), ("name_en", s.NameEn)], crs.Gcj02(s.Shape));
        }

        Write("units.geojson", json.ToString());
    }

    private void Census(SampleData data)
    {
        var csv = new StringBuilder("unit_id,year,residents\n");
        foreach (var c in data.Census)
        {
            csv.Append(c.Code).Append(',').Append(c.Year).Append(',').Append(c.Residents).Append('\n');
        }

        Write("census.csv", csv.ToString());
    }

    private void Grid(SampleData data)
    {
        var cells = data.Grid.Cells.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var csv = new StringBuilder("cell_id,year,x,y,residents,workers\n");
        foreach (var v in data.Grid.Values.OrderBy(v => v.Year).ThenBy(v => cells[v.CellId].Row).ThenBy(v => cells[v.CellId].Col))
        {
            var (lon, lat) = crs.Wgs84(cells[v.CellId].Centre);
            csv.Append($"{v.CellId},{v.Year},{Text.Fixed(lon, 7)},{Text.Fixed(lat, 7)},{v.Residents},{v.Workers}\n");
        }

        Write("population_grid.csv", csv.ToString());
    }

    private void Facilities(SampleData data)
    {
        var csv = new StringBuilder("facility_id,type,x,y,year_open,name\n");
        foreach (var f in data.Facilities.OrderBy(f => TypeOrder.ToList().IndexOf(f.Type)).ThenBy(f => f.Id, StringComparer.Ordinal))
        {
            var (x, y) = crs.Gcj02FromWgs84(f.Lon, f.Lat);
            csv.Append($"{Text.Csv(f.Id)},{f.Type},{Text.Fixed(x, 7)},{Text.Fixed(y, 7)},{f.YearOpen?.ToString(System.Globalization.CultureInfo.InvariantCulture)},{Text.Csv(f.Name)}\n");
        }

        Write("facilities.csv", csv.ToString());
    }

    private void LandUse(SampleData data)
    {
        var json = new GeoJsonText(2);
        foreach (var year in SampleYears.All)
        {
            foreach (var p in data.Land.Parcels)
            {
                var shape = p.Id == data.Land.BowTieParcelId && year == data.Land.BowTieYear ? BowTie.From(p.Shape) : p.Shape;
                json.Add([("parcel_id", p.Id), ("year", year), ("class_code", p.ClassByYear[year])], shape);
            }
        }

        Write("land_use.geojson", json.ToString());
    }

    private void ControlLines(SampleData data)
    {
        var json = new GeoJsonText(OutputCrs.LonLatDecimals);
        foreach (var line in data.ControlLines)
        {
            json.Add([("line_id", line.LineId), ("kind", line.Kind), ("name_zh", line.NameZh), ("name_en", line.NameEn), ("illustrative", true)], crs.Wgs84(line.Shape));
        }

        Write("control_lines.geojson", json.ToString());
    }

    private void Commutes(SampleData data)
    {
        var csv = new StringBuilder("year,home_cell,work_cell,minutes,mode,persons,distance_km\n");
        foreach (var c in data.Commutes)
        {
            csv.Append($"{c.Year},{c.HomeCell},{c.WorkCell},{c.Minutes},{c.Mode},{c.Persons},{Text.Fixed(c.DistanceKm, 2)}\n");
        }

        Write("commutes.csv", csv.ToString());
    }

    // Lon/lat as the source gives them (WGS84, OpenStreetMap): no projection round trip.
    private void RailLines(SampleData data)
    {
        var json = new GeoJsonText(OutputCrs.LonLatDecimals);
        var factory = new NetTopologySuite.Geometries.GeometryFactory();
        foreach (var line in data.RailLines)
        {
            var path = factory.CreateLineString(line.Path.Select(p => new NetTopologySuite.Geometries.Coordinate(p.Lon, p.Lat)).ToArray());
            json.Add([("line_id", line.NameZh), ("name", line.NameZh), ("year_open", line.Opened)], path);
        }

        Write("rail_lines.geojson", json.ToString());
    }

    private void Write(string name, string text) => TextFile.Write(Path.Combine(folder, name), text);
}
