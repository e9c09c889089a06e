using MasterPlanEval.Core.Model;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace MasterPlanEval.Spatial;

/// <summary>
/// Answers "is there a facility of this type, open this year, within r metres (straight line, inclusive)?"
/// with one STR-tree of facility points per type and year.
/// </summary>
public sealed class CoverageIndex
{
    private readonly Dictionary<(string Type, int Year), STRtree<Coordinate>> _trees = [];

    public CoverageIndex(IEnumerable<Facility> facilities, IEnumerable<int> years)
    {
        var all = facilities.ToList();
        foreach (var year in years)
        {
            foreach (var group in all.Where(f => f.YearOpen is null || f.YearOpen <= year).GroupBy(f => f.Type))
            {
                var tree = new STRtree<Coordinate>();
                foreach (var facility in group)
                {
                    tree.Insert(new Envelope(facility.X, facility.X, facility.Y, facility.Y), new Coordinate(facility.X, facility.Y));
                }

                tree.Build();
                _trees[(group.Key, year)] = tree;
            }
        }
    }

    public bool Covers(string type, int year, double radiusMetres, double x, double y)
    {
        if (!_trees.TryGetValue((type, year), out var tree))
        {
            return false;
        }

        var search = new Envelope(x - radiusMetres, x + radiusMetres, y - radiusMetres, y + radiusMetres);
        var limit = radiusMetres * radiusMetres;
        foreach (var c in tree.Query(search))
        {
            var dx = c.X - x;
            var dy = c.Y - y;
            if (dx * dx + dy * dy <= limit)
            {
                return true;
            }
        }

        return false;
    }
}
