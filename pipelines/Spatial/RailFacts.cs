using MasterPlanEval.Core.Facts;
using MasterPlanEval.Core.Model;

namespace MasterPlanEval.Spatial;

/// <summary>
/// The rail network cut by sub-district: one row per line piece and evaluation year in which the line is open,
/// with its length in km (working CRS), so network length and density add up over any unit.
/// </summary>
internal static class RailFacts
{
    private const double MetresPerKm = 1000;

    public static FactTable Build(IReadOnlyList<RailLine> lines, SubdistrictLocator locator, IReadOnlyList<int> years, SubdistrictNumbers numbers)
    {
        var pieces = lines
            .SelectMany(line => locator.SplitLine(line.Geometry).Select(p => (Line: line, p.SubdistrictId, Km: p.Piece.Length / MetresPerKm)))
            .SelectMany(p => years.Where(y => p.Line.YearOpen is null || p.Line.YearOpen <= y).Select(y => (p.Line, p.SubdistrictId, p.Km, Year: y)))
            .ToList();
        return new FactTable(FactSchemas.Rail.Table,
        [
            new IntegerColumn(FactSchemas.SubdistrictKey, pieces.Select(p => numbers.Of(p.SubdistrictId)).ToArray()),
            new NumberColumn("year", pieces.Select(p => (double)p.Year).ToArray()),
            new TextColumn("line_id", pieces.Select(p => (string?)p.Line.Id).ToArray()),
            new NumberColumn("length_km", pieces.Select(p => p.Km).ToArray()),
        ]);
    }
}
