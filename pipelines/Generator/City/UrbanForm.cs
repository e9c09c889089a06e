using MasterPlanEval.Generator.Layout;
using MasterPlanEval.Generator.Randomness;

namespace MasterPlanEval.Generator.City;

/// <summary>
/// The smooth shape of the city that every dataset follows: a dense core with a CBD just east of the
/// centre, 3–5 sub-centres (east, north and south, like Tongzhou, Shunyi, Yizhuang, Daxing), and hills in
/// the north-west (like Beijing's Western and Northern Mountains) where few people live and the ecological
/// red line lies. Lengths are shares of the half side, so every scale has the same shape.
/// </summary>
internal sealed class UrbanForm
{
    /// <summary>Combined relative density (residents + half the workers) at which a place is half built-up.</summary>
    public const double HalfBuiltDensity = 0.12;

    private readonly CityFrame _frame;
    private readonly double[] _hillPhase;

    public UrbanForm(CityFrame frame, int seed)
    {
        _frame = frame;
        var rng = new Rng(SeedHash.Of(seed, RandomStream.Centres));
        var count = 3 + rng.NextInt(3);
        var centres = new List<SubCentre>();
        for (var i = 0; i < count; i++)
        {
            // Angles spread over the east half and the south, away from the north-west hills.
            var angle = (-130 + ((i + 0.5) * 200.0 / count) + rng.Range(-12, 12)) * Math.PI / 180;
            var radius = rng.Range(0.28, 0.5) * frame.Half;
            centres.Add(new SubCentre(frame.MidX + (radius * Math.Cos(angle)), frame.MidY + (radius * Math.Sin(angle)), rng.Range(0.5, 1.0)));
        }

        SubCentres = centres;
        CbdX = frame.MidX + (0.05 * frame.Half);
        CbdY = frame.MidY + (0.01 * frame.Half);
        var terrain = new Rng(SeedHash.Of(seed, RandomStream.Terrain));
        _hillPhase = [terrain.Range(0, 2 * Math.PI), terrain.Range(0, 2 * Math.PI), terrain.Range(0, 2 * Math.PI)];
    }

    public IReadOnlyList<SubCentre> SubCentres { get; }

    public double CbdX { get; }

    public double CbdY { get; }

    /// <summary>0 on the plain, 1 in the hills; the foot of the hills winds across the north-west.</summary>
    public double Hill(double x, double y)
    {
        var h = _frame.Half;
        var across = (-(x - _frame.MidX) + (y - _frame.MidY)) / (Math.Sqrt(2) * h);
        var along = ((x - _frame.MidX) + (y - _frame.MidY)) / (Math.Sqrt(2) * h);
        var wind = 0.0;
        for (var k = 0; k < _hillPhase.Length; k++)
        {
            wind += 0.08 * Math.Sin(((k + 1) * 2.3 * along) + _hillPhase[k]) / (k + 1);
        }

        return SmoothStep(0.2, 0.55, across + wind);
    }

    /// <summary>Relative night-time density, without noise: core, sub-centres, suburbs and a rural floor.</summary>
    public double Residents(double x, double y)
    {
        var r = _frame.Radius(x, y);
        var density = Math.Exp(-r / 0.12) + (0.08 * Math.Exp(-r / 0.45)) + 0.01;
        foreach (var c in SubCentres)
        {
            density += c.Weight * 0.6 * Math.Exp(-Distance(x, y, c.X, c.Y) / (0.05 * _frame.Half));
        }

        return density * (1 - (0.9 * Hill(x, y)));
    }

    /// <summary>Relative day-time density: more concentrated than residents, peaking in the CBD and sub-centres.</summary>
    public double Workers(double x, double y)
    {
        var r = _frame.Radius(x, y);
        var density = (1.6 * Math.Exp(-Distance(x, y, CbdX, CbdY) / (0.035 * _frame.Half))) + (0.8 * Math.Exp(-r / 0.09))
            + (0.03 * Math.Exp(-r / 0.4)) + 0.003;
        foreach (var c in SubCentres)
        {
            density += c.Weight * 0.9 * Math.Exp(-Distance(x, y, c.X, c.Y) / (0.03 * _frame.Half));
        }

        return density * (1 - (0.95 * Hill(x, y)));
    }

    /// <summary>
    /// How built-up a place is, 0..1: a logistic of the combined density, ½ at <see cref="HalfBuiltDensity"/>;
    /// about 0.05 on the rural plain and 0.8 some 16 km from the centre at the beijing scale. Drives the
    /// land-use classes and the urban development boundary.
    /// </summary>
    public double Urbanity(double x, double y) => 1 / (1 + Math.Pow(HalfBuiltDensity / (Residents(x, y) + (0.5 * Workers(x, y))), 3));

    /// <summary>Yearly growth of residents: the core loses people (decongestion), the outskirts gain.</summary>
    public double ResidentGrowth(double x, double y) => 0.012 - (0.03 * Math.Exp(-_frame.Radius(x, y) / 0.12));

    /// <summary>Yearly growth of jobs: strongest in the sub-centres.</summary>
    public double WorkerGrowth(double x, double y)
    {
        var growth = 0.005;
        foreach (var c in SubCentres)
        {
            growth += 0.03 * Math.Exp(-Distance(x, y, c.X, c.Y) / (0.06 * _frame.Half));
        }

        return growth;
    }

    public static double Distance(double ax, double ay, double bx, double by) => Math.Sqrt(((ax - bx) * (ax - bx)) + ((ay - by) * (ay - by)));

    private static double SmoothStep(double low, double high, double value)
    {
        var t = Math.Clamp((value - low) / (high - low), 0, 1);
        return t * t * (3 - (2 * t));
    }
}
