namespace MasterPlanEval.SampleBuilder.Population;

/// <summary>Census residents of a sub-district in a year (2020 apportioned from the real district totals).</summary>
public sealed record CensusValue(string Code, int Year, int Residents);
