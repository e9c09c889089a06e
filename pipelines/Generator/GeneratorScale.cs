using MasterPlanEval.Generator.Facilities;

namespace MasterPlanEval.Generator;

/// <summary>
/// The size of a synthetic city: a square of <see cref="SideKm"/> kilometres (a whole number of 250 m
/// cells) split into <see cref="Districts"/> districts of <see cref="Subdistricts"/> sub-districts in
/// total, each polygon with about <see cref="VerticesPerSubdistrict"/> vertices; about
/// <see cref="Parcels"/> land-use parcels and exactly <see cref="Facilities"/> facilities;
/// <see cref="CommutersPerYear"/> commuters (one row each) and <see cref="Residents"/> residents in the
/// first year of <see cref="Years"/>, which is also the targets' baseline year. Change any field with
/// <c>with</c>, e.g. <c>GeneratorScales.Beijing with { Years = [2024] }</c>.
/// </summary>
public sealed record GeneratorScale(
    string Name,
    double SideKm,
    int Districts,
    int Subdistricts,
    int VerticesPerSubdistrict,
    int Parcels,
    int Facilities,
    long CommutersPerYear,
    double Residents,
    IReadOnlyList<int> Years)
{
    /// <summary>Edge of a population-grid cell, metres (the contract's 250 m mobile-signalling grid).</summary>
    public const double CellMetres = 250;

    /// <summary>Every target in <c>targets.yaml</c> is set for this year, so evaluated years must come before it.</summary>
    public const int TargetYear = 2035;

    public const int MinYear = 2000;

    /// <summary>Cells along one side of the square.</summary>
    public int CellsPerSide => (int)Math.Round(SideKm * 1000 / CellMetres);

    public double AreaKm2 => SideKm * SideKm;

    /// <summary>Everything wrong with this scale, one phrase per problem (empty when usable).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var cells = SideKm * 1000 / CellMetres;
        if (!double.IsFinite(SideKm) || SideKm <= 0 || Math.Abs(cells - Math.Round(cells)) > 1e-9 || cells > 4000)
        {
            problems.Add($"side {SideKm} km must be a positive multiple of 0.25 km, at most 1000 km");
        }

        if (Districts is < 1 or > 99)
        {
            problems.Add($"districts {Districts} must be between 1 and 99");
        }

        if (Subdistricts < Math.Max(2, Districts) || Subdistricts > 200 * Math.Max(1, Districts))
        {
            problems.Add($"sub-districts {Subdistricts} must be between max(2, districts) and 200 per district");
        }

        if (VerticesPerSubdistrict < 8)
        {
            problems.Add($"vertices per sub-district {VerticesPerSubdistrict} must be at least 8");
        }

        if (Parcels < 1)
        {
            problems.Add($"parcels {Parcels} must be at least 1");
        }

        if (Facilities < FacilityMix.Types.Length)
        {
            problems.Add($"facilities {Facilities} must be at least {FacilityMix.Types.Length}, one of each type");
        }

        if (CommutersPerYear < 0)
        {
            problems.Add($"commuters {CommutersPerYear} must not be negative");
        }

        if (!double.IsFinite(Residents) || Residents <= 0)
        {
            problems.Add($"residents {Residents} must be positive");
        }

        if (Years is null || Years.Count == 0)
        {
            problems.Add("name at least one year");
        }
        else
        {
            if (Years.Any(y => y < MinYear || y >= TargetYear))
            {
                problems.Add($"years ({string.Join(", ", Years)}) must lie in {MinYear}..{TargetYear - 1}, before the plan's target year");
            }

            if (Years.Distinct().Count() != Years.Count)
            {
                problems.Add($"years ({string.Join(", ", Years)}) repeat");
            }
        }

        return problems;
    }
}
