using CsCheck;

namespace MasterPlanEval.Tests.Properties;

/// <summary>
/// CsCheck generators of <see cref="FactScenario"/>: 2–3 districts of 1–3 sub-districts each, rows of
/// two years with zeros, whole and fractional numbers, coverage flags 0/1 (mostly 1; in half the scenarios all 1),
/// commutes of 0 &lt; minutes ≤ 300 (with the 45 and 60 minute edges; in a third of the scenarios all ≤ 45, in
/// another third all &gt; 60) and persons &gt; 0, a fifth of commute ends outside the city.
/// </summary>
internal static class ScenarioGen
{
    public static Gen<FactScenario> Scenario(IReadOnlyList<string> coverageColumns) =>
        from perDistrict in Gen.Int[1, 3].Array[2, 3]
        let districtOf = perDistrict.SelectMany((count, d) => Enumerable.Repeat(FactScenario.DistrictId(d), count)).ToList()
        let n = districtOf.Count
        from areas in Gen.Double[0.05, 20].Array[n]
        from allCovered in Gen.Bool
        from cells in Cell(n, coverageColumns, allCovered).Array[0, 40]
        from census in Census(n).Array[0, 12]
        from land in Parcel(n, areas).Array[0, MaxParcels]
        from minutesMode in Gen.Int[0, 2]
        from commutes in Commute(n, minutesMode switch { 0 => AnyMinutes, 1 => ShortMinutes, _ => LongMinutes }).Array[0, 40]
        from ecoShares in Gen.Frequency((1, (IGen<double>)Gen.OneOf(0.0, 1.0)), (3, Gen.Double[0, 1])).Array[n]
        from rail in Gen.Select(Subdistrict(n), Year, Amount(30), (sub, year, km) => new ScenarioRail(sub, year, km)).Array[0, 10]
        select new FactScenario(districtOf, areas, cells, census, land, commutes, ecoShares, rail);

    // Parcels of a sub-district never cover more than its area: each takes at most 1/MaxParcels of it.
    private const int MaxParcels = 25;

    private static Gen<int> Year { get; } = Gen.Int[0, FactScenario.Years.Count - 1].Select(i => FactScenario.Years[i]);

    /// <summary>Non-negative amounts: often 0, else whole or fractional.</summary>
    private static Gen<double> Amount(double max) => Gen.Frequency(
        (1, (IGen<double>)Gen.Const(0.0)),
        (3, Gen.Int[0, (int)max].Select(i => (double)i)),
        (3, Gen.Double[0, max]));

    /// <summary>0/1, mostly 1: whole units fully covered are where a share meets its upper bound of 1.</summary>
    private static Gen<int> CoverageFlag { get; } = Gen.Frequency((3, 1), (1, 0));

    /// <summary>0 &lt; minutes ≤ 300, with the 45 and 60 minute edges.</summary>
    private static Gen<double> AnyMinutes { get; } = Gen.Frequency(
        (3, (IGen<double>)Gen.Double[0, 300].Where(m => m > 0)),
        (2, Gen.Int[1, 300].Select(m => (double)m)),
        (2, Gen.OneOf(44.999, 45.0, 45.001, 59.999, 60.0, 60.001, 300.0)));

    /// <summary>Every commute within 45 minutes: the within-45 share is 1 wherever it is defined.</summary>
    private static Gen<double> ShortMinutes { get; } = Gen.Frequency(
        (1, (IGen<double>)Gen.Double[0, 45].Where(m => m > 0)),
        (1, Gen.OneOf(1.0, 30.0, 45.0)));

    /// <summary>Every commute over 60 minutes: the over-60 share is 1 wherever it is defined.</summary>
    private static Gen<double> LongMinutes { get; } = Gen.Frequency(
        (1, (IGen<double>)Gen.Double[60.001, 300]),
        (1, Gen.OneOf(61.0, 90.0, 300.0)));

    private static Gen<string> Subdistrict(int count) => Gen.Int[0, count - 1].Select(FactScenario.SubdistrictId);

    private static Gen<ScenarioCell> Cell(int count, IReadOnlyList<string> coverageColumns, bool allCovered) =>
        Gen.Select(
            Subdistrict(count),
            Year,
            Amount(5000),
            Amount(5000),
            (allCovered ? Gen.Const(1) : CoverageFlag).Array[coverageColumns.Count],
            (sub, year, residents, workers, flags) => new ScenarioCell(
                sub, year, residents, workers,
                coverageColumns.Zip(flags).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)));

    private static Gen<ScenarioCensus> Census(int count) =>
        Gen.Select(Subdistrict(count), Year, Amount(200_000), (sub, year, residents) => new ScenarioCensus(sub, year, residents));

    private static Gen<ScenarioParcel> Parcel(int count, double[] areas) =>
        Gen.Select(
            Gen.Int[0, count - 1],
            Year,
            Gen.Double[0, 1],
            Gen.Double[0, 1],
            Gen.Double[0, 1],
            Gen.Int[0, 2],
            (index, year, fraction, ecoShare, outsideShare, kind) => (Sub: FactScenario.SubdistrictId(index), Year: year, Area: areas[index] * fraction / MaxParcels, Eco: ecoShare, Outside: outsideShare, Kind: kind))
        .Select(p => new ScenarioParcel(
                p.Sub, p.Year, p.Area, p.Area * p.Eco, p.Area * p.Outside,
                Construction: p.Kind >= 1 ? 1 : 0,
                UrbanRuralConstruction: p.Kind == 2 ? 1 : 0));

    private static Gen<ScenarioCommute> Commute(int count, Gen<double> minutes)
    {
        var end = Gen.Frequency(
            (1, (IGen<string?>)Gen.Const<string?>(() => null)),
            (4, Subdistrict(count).Select(s => (string?)s)));
        var persons = Gen.Frequency(
            (1, (IGen<double>)Gen.Int[1, 500].Select(p => (double)p)),
            (1, Gen.Double[0.01, 500]));
        return Gen.Select(Year, end, end, minutes, persons, (year, home, work, m, p) =>
            // The ingest stage rejects a commute with neither end in the city, so such rows never reach an engine.
            new ScenarioCommute(year, home is null && work is null ? FactScenario.SubdistrictId(0) : home, work, m, p));
    }
}
