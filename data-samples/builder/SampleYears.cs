namespace MasterPlanEval.SampleBuilder;

/// <summary>The years of the sample: the 2020 census baseline and two monitoring years.</summary>
public static class SampleYears
{
    public const int Baseline = 2020;

    public static readonly IReadOnlyList<int> All = [2020, 2023, 2024];
}
