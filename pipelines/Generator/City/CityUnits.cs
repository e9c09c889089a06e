using MasterPlanEval.Generator.Layout;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Generator.City;

/// <summary>
/// The planning units: the city, its districts and sub-districts, with ids in the style of the national
/// administrative codes (city 110000, district 1101dd, sub-district 1101ddsss). Districts are numbered
/// from the centre outwards and sub-districts within a district likewise, so ordinal id order is also
/// the order of <see cref="Subdistricts"/>.
/// </summary>
internal sealed record CityUnits(string CityId, IReadOnlyList<PlanningUnit> Units, IReadOnlyList<PlanningUnit> Subdistricts, IReadOnlyList<int> DistrictOfSubdistrict)
{
    public const string CityCode = "110000";

    public static CityUnits Build(CityFrame frame, GeneratorScale scale, int seed, GeometryFactory factory)
    {
        var cells = SubdistrictPartition.Build(frame, scale.Subdistricts, scale.VerticesPerSubdistrict, seed, factory);
        var groups = DistrictGrouping.Group(cells, scale.Districts, frame.Half, frame.Half);
        double Centrality(int i) => UrbanForm.Distance(cells[i].SiteX, cells[i].SiteY, frame.MidX, frame.MidY);
        var districtOrder = Enumerable.Range(0, scale.Districts)
            .OrderBy(d => Enumerable.Range(0, cells.Count).Where(i => groups[i] == d).Average(Centrality))
            .ThenBy(d => d)
            .ToList();
        var units = new List<PlanningUnit>
        {
            new(CityCode, null, "city", $"合成北京（{scale.Name} 规模）", $"Synthetic Beijing ({scale.Name} scale)", null),
        };
        var subdistricts = new List<PlanningUnit>();
        var districtOf = new List<int>();
        for (var k = 0; k < districtOrder.Count; k++)
        {
            var districtId = $"1101{k + 1:D2}";
            units.Add(new PlanningUnit(districtId, CityCode, "district", $"合成{k + 1:D2}区", $"District {k + 1:D2}", null));
            var members = Enumerable.Range(0, cells.Count).Where(i => groups[i] == districtOrder[k]).OrderBy(Centrality).ThenBy(i => i).ToList();
            for (var j = 0; j < members.Count; j++)
            {
                var unit = new PlanningUnit(
                    $"{districtId}{j + 1:D3}", districtId, "subdistrict", $"{k + 1:D2}区第{j + 1:D3}街道", $"Subdistrict {k + 1:D2}-{j + 1:D3}", cells[members[j]].Polygon);
                subdistricts.Add(unit);
                districtOf.Add(k);
            }
        }

        units.AddRange(subdistricts);
        return new CityUnits(CityCode, units, subdistricts, districtOf);
    }

    public IEnumerable<PlanningUnit> Districts => Units.Where(u => u.Level == "district");
}
