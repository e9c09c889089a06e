using MasterPlanEval.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MasterPlanEval.Tests.Units;

/// <summary>
/// <see cref="InteriorGrid"/> on the square x 0–100, y 0–100 with the hole x 30–70, y 30–70, ten cells of 10 a
/// side: an edge touches the cells on both sides of a cell border it lies on, so the edges x = 0, 30, 70, 100
/// touch columns 0, 2–3, 6–7 and 9–10 (the hole's only in rows 2–7), and likewise for rows; the rest decide.
/// </summary>
public sealed class InteriorGridTests
{
    private static readonly InteriorGrid Grid = new(
        new WKTReader().Read("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (30 30, 30 70, 70 70, 70 30, 30 30))"), 10);

    [Fact]
    public void An_envelope_in_cells_between_the_outer_edge_and_the_hole_is_inside()
    {
        Assert.True(Grid.Inside(new Envelope(12, 18, 12, 28))); // columns 1, rows 1–2
        Assert.True(Grid.Inside(new Envelope(82, 88, 12, 58))); // column 8, rows 1–5
    }

    [Fact]
    public void An_envelope_in_the_hole_or_beyond_the_square_shares_no_point()
    {
        Assert.False(Grid.Inside(new Envelope(42, 58, 42, 58))); // columns and rows 4–5, in the hole
        Assert.False(Grid.Inside(new Envelope(-50, -10, 20, 30))); // left of the square
    }

    [Fact]
    public void An_envelope_touching_a_cell_an_edge_passes_through_is_undecided()
    {
        Assert.Null(Grid.Inside(new Envelope(5, 15, 12, 18))); // column 0 holds the edge x = 0
        Assert.Null(Grid.Inside(new Envelope(22, 28, 12, 31))); // column 2, row 3: the hole's edge y = 30
        Assert.Null(Grid.Inside(new Envelope(92, 98, 12, 18))); // column 9 borders the edge x = 100
        Assert.Null(Grid.Inside(new Envelope(-5, 5, 40, 50))); // across the square's edge
    }
}
