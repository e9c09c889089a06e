using MasterPlanEval.Generator.Population;
using MasterPlanEval.Generator.Randomness;

namespace MasterPlanEval.Generator.Mobility;

/// <summary>
/// Everything one year's commuter draws need, precomputed so each draw is O(1): homes from an alias table
/// over cells ∝ residents; the work block from an alias table per home block ∝ jobs · exp(−d/λ) over
/// blocks of about 40 × 40 per city; the work cell within that block ∝ workers. Exact gravity over every
/// cell per commuter would be 262k operations per draw.
/// </summary>
internal sealed class CommuteModel
{
    /// <summary>Blocks along each side of the city for the destination choice.</summary>
    public const int BlocksPerSide = 40;

    /// <summary>Distance decay length λ as a share of the side (5.1 km at the beijing scale), at least <see cref="DecayMinimum"/> metres.</summary>
    public const double DecayShareOfSide = 0.04;

    public const double DecayMinimum = 1500;

    public CommuteModel(PopulationGrid grid, int yearIndex, int[] cellDistrict)
    {
        var frame = grid.Frame;
        var n = frame.CellsPerSide;
        var blocks = Math.Min(BlocksPerSide, n);
        BlockCount = blocks * blocks;
        Homes = new AliasTable(grid.Residents[yearIndex]);
        Cells = new CellInfo[frame.CellCount];
        var members = Enumerable.Range(0, BlockCount).Select(_ => new List<int>()).ToArray();
        for (var cell = 0; cell < frame.CellCount; cell++)
        {
            var block = ((cell / n * blocks / n) * blocks) + (cell % n * blocks / n);
            Cells[cell] = new CellInfo(grid.CellIds[cell], block, cellDistrict[cell], cell % n, cell / n);
            members[block].Add(cell);
        }

        var workers = grid.Workers[yearIndex];
        BlockCells = members.Select(m => m.ToArray()).ToArray();
        BlockJobs = BlockCells.Select(cells => new AliasTable(cells.Select(c => workers[c]).ToArray(), cells)).ToArray();
        var jobs = BlockJobs.Select(t => t.Total).ToArray();
        var centres = BlockCells.Select(cells => (X: cells.Average(grid.X), Y: cells.Average(grid.Y))).ToArray();
        var decay = Math.Max(DecayMinimum, DecayShareOfSide * frame.Side);
        Destinations = new AliasTable[BlockCount];
        Parallel.For(0, BlockCount, home =>
        {
            var weights = new double[BlockCount];
            for (var work = 0; work < BlockCount; work++)
            {
                var d = Math.Sqrt(Math.Pow(centres[home].X - centres[work].X, 2) + Math.Pow(centres[home].Y - centres[work].Y, 2));
                weights[work] = jobs[work] * Math.Exp(-d / decay);
            }

            Destinations[home] = new AliasTable(weights);
        });
        Grid = grid;
    }

    public PopulationGrid Grid { get; }

    public int BlockCount { get; }

    public AliasTable Homes { get; }

    /// <summary>Per cell, what a draw needs, side by side for the same cache reason as in <see cref="AliasTable"/>.</summary>
    public CellInfo[] Cells { get; }

    public int[][] BlockCells { get; }

    /// <summary>Per block, the work cell (its index in the grid) ∝ workers.</summary>
    public AliasTable[] BlockJobs { get; }

    public AliasTable[] Destinations { get; }

    /// <summary>False when nobody lives or works in the city: no commuter can be drawn.</summary>
    public bool CanSample => Homes.CanSample && BlockJobs.Any(b => b.CanSample);

    public readonly record struct CellInfo(long Id, int Block, int District, int Column, int Row);
}
