namespace MasterPlanEval.Generator.Layout;

/// <summary>
/// Pulls points toward the centre of a square along rays, with the square's own (L∞) radius t mapped to
/// <c>a·t + (1 − a)·t^p</c>: near the centre areas shrink by about a², at the edge they grow by
/// <c>a + (1 − a)·p</c>, and the boundary stays fixed. Evenly spread points become dense in the core
/// and sparse at the edge, like sub-districts and urban blocks.
/// </summary>
internal sealed record SquareWarp(double CentreX, double CentreY, double Half, double Linear, double Power)
{
    public (double X, double Y) Apply(double x, double y)
    {
        var dx = x - CentreX;
        var dy = y - CentreY;
        var t = Math.Max(Math.Abs(dx), Math.Abs(dy)) / Half;
        if (t <= 0 || t >= 1)
        {
            return (x, y);
        }

        var scale = (Linear + ((1 - Linear) * Math.Pow(t, Power - 1)));
        return (CentreX + (dx * scale), CentreY + (dy * scale));
    }
}
