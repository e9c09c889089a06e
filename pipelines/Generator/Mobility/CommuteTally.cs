namespace MasterPlanEval.Generator.Mobility;

/// <summary>
/// Running totals of generated commutes, as the evaluation will compute them (every row has a home in
/// the city): counts within 45 and over 60 minutes, minutes, distance, mode counts, and commuters by home
/// and work district. Merged chunk by chunk in order, so sums are the same whatever the threading.
/// </summary>
internal sealed class CommuteTally(int districts)
{
    public long Rows { get; private set; }

    public long Outside { get; private set; }

    public long Within45 { get; private set; }

    public long Over60 { get; private set; }

    public double Minutes { get; private set; }

    public double Kilometres { get; private set; }

    public long[] Modes { get; } = new long[ModeChoice.Names.Length];

    public long[] ByHomeDistrict { get; } = new long[districts];

    public long[] ByWorkDistrict { get; } = new long[districts];

    public double MeanMinutes => Rows == 0 ? 0 : Minutes / Rows;

    public void Add(int homeDistrict, int workDistrict, double minutes, double km, int mode)
    {
        Rows++;
        Outside += workDistrict < 0 ? 1 : 0;
        Within45 += minutes <= 45 ? 1 : 0;
        Over60 += minutes > 60 ? 1 : 0;
        Minutes += minutes;
        Kilometres += km;
        Modes[mode]++;
        ByHomeDistrict[homeDistrict]++;
        if (workDistrict >= 0)
        {
            ByWorkDistrict[workDistrict]++;
        }
    }

    public void Add(CommuteTally other)
    {
        Rows += other.Rows;
        Outside += other.Outside;
        Within45 += other.Within45;
        Over60 += other.Over60;
        Minutes += other.Minutes;
        Kilometres += other.Kilometres;
        for (var i = 0; i < Modes.Length; i++)
        {
            Modes[i] += other.Modes[i];
        }

        for (var i = 0; i < ByHomeDistrict.Length; i++)
        {
            ByHomeDistrict[i] += other.ByHomeDistrict[i];
            ByWorkDistrict[i] += other.ByWorkDistrict[i];
        }
    }

    public void Clear()
    {
        Rows = Outside = Within45 = Over60 = 0;
        Minutes = Kilometres = 0;
        Array.Clear(Modes);
        Array.Clear(ByHomeDistrict);
        Array.Clear(ByWorkDistrict);
    }

    public string Describe() =>
        Rows == 0
            ? "no commuters"
            : FormattableString.Invariant(
                $"mean {MeanMinutes:F1} min, {Kilometres / Rows:F1} km; ≤45 min {(double)Within45 / Rows:P1}, >60 min {(double)Over60 / Rows:P1}; outside {(double)Outside / Rows:P1}; ")
              + string.Join(", ", ModeChoice.Names.Select((m, i) => FormattableString.Invariant($"{m} {(double)Modes[i] / Rows:P0}")));
}
