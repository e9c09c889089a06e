namespace MasterPlanEval.Generator.Layout;

/// <summary>
/// Groups sub-districts into contiguous districts of similar counts: k-medoids on the adjacency graph,
/// with distances measured between the sites before the centre-ward warp (where sites are evenly spread,
/// so central districts get as many sub-districts as outer ones but a much smaller area, as in Beijing).
/// Assignment is a multi-source Dijkstra, which keeps every district connected: a sub-district's
/// predecessor on its shortest path always belongs to the same district.
/// </summary>
internal static class DistrictGrouping
{
    private const int Rounds = 10;

    /// <summary>The district index (0-based) of each sub-district.</summary>
    public static int[] Group(IReadOnlyList<SubdistrictCell> cells, int districts, double centreX, double centreY)
    {
        var medoids = InitialMedoids(cells, districts, centreX, centreY);
        var assignment = Assign(cells, medoids);
        for (var round = 0; round < Rounds; round++)
        {
            var next = Enumerable.Range(0, districts).Select(d => Medoid(cells, assignment, d)).ToArray();
            if (next.SequenceEqual(medoids))
            {
                break;
            }

            medoids = next;
            assignment = Assign(cells, medoids);
        }

        return assignment;
    }

    // The most central site first (a core district, like Dongcheng and Xicheng), then each next one as far
    // as possible from those chosen.
    private static int[] InitialMedoids(IReadOnlyList<SubdistrictCell> cells, int districts, double centreX, double centreY)
    {
        var chosen = new List<int> { ArgMin(cells.Count, i => Distance(cells[i].PlanX, cells[i].PlanY, centreX, centreY)) };
        while (chosen.Count < districts)
        {
            chosen.Add(ArgMin(cells.Count, i => chosen.Contains(i) ? double.PositiveInfinity : -chosen.Min(c => PlanDistance(cells, i, c))));
        }

        return [.. chosen];
    }

    private static int Medoid(IReadOnlyList<SubdistrictCell> cells, int[] assignment, int district)
    {
        var members = Enumerable.Range(0, cells.Count).Where(i => assignment[i] == district).ToList();
        var mx = members.Average(i => cells[i].PlanX);
        var my = members.Average(i => cells[i].PlanY);
        return members.OrderBy(i => Distance(cells[i].PlanX, cells[i].PlanY, mx, my)).ThenBy(i => i).First();
    }

    private static int[] Assign(IReadOnlyList<SubdistrictCell> cells, int[] medoids)
    {
        var best = Enumerable.Repeat((Distance: double.PositiveInfinity, Source: int.MaxValue), cells.Count).ToArray();
        var queue = new PriorityQueue<int, (double, int, int)>();
        for (var d = 0; d < medoids.Length; d++)
        {
            best[medoids[d]] = (0, d);
            queue.Enqueue(medoids[d], (0, d, medoids[d]));
        }

        var done = new bool[cells.Count];
        while (queue.TryDequeue(out var node, out var priority))
        {
            if (done[node] || (priority.Item1, priority.Item2) != best[node])
            {
                continue;
            }

            done[node] = true;
            foreach (var next in cells[node].Neighbours)
            {
                var candidate = (best[node].Distance + PlanDistance(cells, node, next), best[node].Source);
                if (!done[next] && candidate.CompareTo(best[next]) < 0)
                {
                    best[next] = candidate;
                    queue.Enqueue(next, (candidate.Item1, candidate.Item2, next));
                }
            }
        }

        if (best.Any(b => b.Source == int.MaxValue))
        {
            throw new InvalidOperationException("the sub-district adjacency graph is not connected");
        }

        return best.Select(b => b.Source).ToArray();
    }

    private static int ArgMin(int count, Func<int, double> score)
    {
        var best = 0;
        var bestScore = double.PositiveInfinity;
        for (var i = 0; i < count; i++)
        {
            var s = score(i);
            if (s < bestScore)
            {
                best = i;
                bestScore = s;
            }
        }

        return best;
    }

    private static double PlanDistance(IReadOnlyList<SubdistrictCell> cells, int a, int b) =>
        Distance(cells[a].PlanX, cells[a].PlanY, cells[b].PlanX, cells[b].PlanY);

    private static double Distance(double ax, double ay, double bx, double by) => Math.Sqrt(((ax - bx) * (ax - bx)) + ((ay - by) * (ay - by)));
}
