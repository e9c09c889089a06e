using System.Text;

namespace MasterPlanEval.SampleBuilder.Output;

/// <summary>The printed summary of a build: areas, totals per district against the census, counts, indicators.</summary>
public static class Summary
{
    public static string Describe(SampleData data, EdgeCases edges, string roundTrip)
    {
        var text = new StringBuilder();
        var city = data.City;
        text.Append($"city {city.Id}: {city.Outline.Area / 1e6:F2} km²\n");
        foreach (var d in city.Districts)
        {
            var members = city.Subdistricts.Where(s => s.DistrictCode == d.Adcode).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
            text.Append($"  {d.Adcode} {d.NameEn}: {d.Shape.Area / 1e6:F2} km², {members.Count} sub-districts, census 2020 real {d.Residents2020:N0}");
            foreach (var year in SampleYears.All)
            {
                var census = data.Census.Where(c => c.Year == year && members.Contains(c.Code)).Sum(c => c.Residents);
                var grid = data.Grid.Values.Where(v => v.Year == year && data.Grid.Cells.First(c => c.Id == v.CellId).SubdistrictCode is { } s && members.Contains(s)).Sum(v => v.Residents);
                text.Append($"; {year} census {census:N0} grid {grid:N0}");
            }

            text.Append('\n');
        }

        var inside = data.Grid.Inside.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var year in SampleYears.All)
        {
            var census = data.Census.Where(c => c.Year == year).Sum(c => c.Residents);
            var values = data.Grid.Values.Where(v => v.Year == year && inside.Contains(v.CellId)).ToList();
            var residents = values.Sum(v => v.Residents);
            var workers = values.Sum(v => v.Workers);
            text.Append($"  {year}: census {census:N0}, grid residents {residents:N0} ({(residents - census) * 100.0 / census:+0.00;-0.00} %), workers {workers:N0} ({workers / (double)residents:F2}×)\n");
        }

        text.Append($"grid cells: {inside.Count} inside + {data.Grid.Cells.Count - inside.Count} outside; rows {data.Grid.Values.Count}\n");
        text.Append($"facilities: {data.Facilities.Count} ({string.Join(", ", data.Facilities.GroupBy(f => f.Type).Select(g => $"{g.Key} {g.Count()}"))})\n");
        text.Append($"parcels: {data.Land.Parcels.Count} per year\n");
        text.Append($"commutes: {data.Commutes.Count} rows, leaving {data.Commutes.Count(c => c.WorkCell is null)}, entering {data.Commutes.Count(c => c.HomeCell is null)}\n");
        text.Append($"round trip through the pipeline's CRS code: {roundTrip}\n");
        text.Append($"no metro station in: {string.Join(", ", edges.WithoutRailStation.Select(u => u.NameEn))}\n");
        text.Append($"parcel {data.Land.CrossingParcelId} crosses {string.Join(" / ", edges.CrossingPieces.Select(p => $"{p.Unit.NameEn} {p.AreaM2:F0} m²"))}; ");
        text.Append($"bow-tie {data.Land.BowTieParcelId} in {edges.BowTieUnit.NameEn}; {data.Land.OutsideParcelId} has {edges.OutsideParcelOutsideM2:F0} m² outside the city\n");
        text.Append("indicators (builder's own computation):\n");
        foreach (var group in data.Indicators.GroupBy(v => (v.IndicatorId, v.UnitId)))
        {
            text.Append($"  {group.Key.IndicatorId,-36} {group.Key.UnitId,-7}");
            foreach (var v in group)
            {
                text.Append($" {v.Year}: {v.Value,14:0.####}");
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
