using MasterPlanEval.Core.Config;
using MasterPlanEval.Core.Errors;
using MasterPlanEval.Core.Model;
using MasterPlanEval.Ingest;
using MasterPlanEval.Ingest.Crs;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.Cli.Pipeline;

/// <summary>
/// A wrong CRS does not fail row by row in a useful way. The working CRS must suit the city, wherever it is
/// (<see cref="WorkingCrsFit"/>: the planning units' centre within the zone the CRS is made for). A file read with
/// the wrong CRS lands far from the city: when most of a spatial dataset lies away from the planning units, the run
/// stops with one line asking about its CRS, instead of rejecting nearly every row. Both are measured from the
/// planning units, never from a fixed extent, so they hold for any city.
/// </summary>
public static class CrsSanityCheck
{
    public const double MarginMetres = 10_000;
    public const double MaxShareAway = 0.5;

    public static void Check(IngestedData data, EvaluationConfig config)
    {
        var city = new Envelope();
        foreach (var unit in data.Units.Accepted.Where(u => u.Geometry is not null))
        {
            city.ExpandToInclude(unit.Geometry!.EnvelopeInternal);
        }

        if (city.IsNull)
        {
            return;
        }

        if (WorkingCrsFit.Problem(CrsText.Validated(config.WorkingCrs), city.Centre.X, city.Centre.Y) is { } misfit)
        {
            throw new EvaluationException(ErrorCategory.Config, misfit, new SourceLocation(config.ConfigPath, null, "working_crs"));
        }

        city.ExpandBy(MarginMetres);
        string Crs(string dataset) => data.InputCrs.TryGetValue(dataset, out var crs) ? crs.Name : "?";
        Verify(data.Grid.File, data.Grid.Dataset, data.Grid.Read, data.Grid.Accepted.Count(c => !city.Contains(c.X, c.Y)) + CrsRejects(data.Grid.Rejects), Crs);
        if (data.Facilities is { } facilities)
        {
            Verify(facilities.File, facilities.Dataset, facilities.Read, facilities.Accepted.Count(f => !city.Contains(f.X, f.Y)) + CrsRejects(facilities.Rejects), Crs);
        }

        if (data.LandUse is { } land)
        {
            Verify(land.File, land.Dataset, land.Read, land.Accepted.Count(p => !city.Intersects(p.Geometry.EnvelopeInternal)) + CrsRejects(land.Rejects), Crs);
        }

        if (data.ControlLines is { } lines)
        {
            Verify(lines.File, lines.Dataset, lines.Read, lines.Accepted.Count(l => !city.Intersects(l.Geometry.EnvelopeInternal)) + CrsRejects(lines.Rejects), Crs);
        }

        if (data.RailLines is { } rail)
        {
            Verify(rail.File, rail.Dataset, rail.Read, rail.Accepted.Count(l => !city.Intersects(l.Geometry.EnvelopeInternal)) + CrsRejects(rail.Rejects), Crs);
        }
    }

    private static int CrsRejects(IReadOnlyList<Reject> rejects) =>
        rejects.Count(r => r.Reason.Contains("crs right?", StringComparison.Ordinal));

    private static void Verify(string file, string dataset, long read, long away, Func<string, string> crs)
    {
        if (read > 0 && away > MaxShareAway * read)
        {
            throw new EvaluationException(
                ErrorCategory.Input,
                $"{away} of {read} rows of '{dataset}' lie more than {MarginMetres / 1000:0} km from the planning units: is its crs {crs(dataset)} right?",
                new SourceLocation(file));
        }
    }
}
