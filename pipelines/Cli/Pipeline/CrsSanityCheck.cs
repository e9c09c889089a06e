using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Ingest;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// A file read with the wrong CRS does not fail row by row in a useful way: its points land far from the
/// city. When most of a spatial dataset lies away from the planning units, the run stops with one line
/// asking about the CRS, instead of rejecting nearly every row.
/// </summary>
public static class CrsSanityCheck
{
    public const double MarginMetres = 10_000;
    public const double MaxShareAway = 0.5;

    public static void Check(IngestedData data, IReadOnlyDictionary<string, string?> crsByDataset)
    {
        var city = new Envelope();
        foreach (var unit in data.Units.Accepted.Where(u => u.Geometry is not null))
        {
            city.ExpandToInclude(unit.Geometry!.EnvelopeInternal);
        }

        city.ExpandBy(MarginMetres);
        Verify(data.Grid.File, data.Grid.Dataset, data.Grid.Read, data.Grid.Accepted.Count(c => !city.Contains(c.X, c.Y)) + CrsRejects(data.Grid.Rejects), crsByDataset);
        if (data.Facilities is { } facilities)
        {
            Verify(facilities.File, facilities.Dataset, facilities.Read, facilities.Accepted.Count(f => !city.Contains(f.X, f.Y)) + CrsRejects(facilities.Rejects), crsByDataset);
        }

        if (data.LandUse is { } land)
        {
            Verify(land.File, land.Dataset, land.Read, land.Accepted.Count(p => !city.Intersects(p.Geometry.EnvelopeInternal)) + CrsRejects(land.Rejects), crsByDataset);
        }

        if (data.ControlLines is { } lines)
        {
            Verify(lines.File, lines.Dataset, lines.Read, lines.Accepted.Count(l => !city.Intersects(l.Geometry.EnvelopeInternal)) + CrsRejects(lines.Rejects), crsByDataset);
        }

        if (data.RailLines is { } rail)
        {
            Verify(rail.File, rail.Dataset, rail.Read, rail.Accepted.Count(l => !city.Intersects(l.Geometry.EnvelopeInternal)) + CrsRejects(rail.Rejects), crsByDataset);
        }
    }

    private static int CrsRejects(IReadOnlyList<Reject> rejects) =>
        rejects.Count(r => r.Reason.Contains("crs right?", StringComparison.Ordinal));

    private static void Verify(string file, string dataset, long read, long away, IReadOnlyDictionary<string, string?> crsByDataset)
    {
        if (read > 0 && away > MaxShareAway * read)
        {
            throw new EvaluationException(
                ErrorCategory.Input,
                $"{away} of {read} rows of '{dataset}' lie more than {MarginMetres / 1000:0} km from the planning units: is its crs {crsByDataset.GetValueOrDefault(dataset) ?? "?"} right?",
                new SourceLocation(file));
        }
    }
}
