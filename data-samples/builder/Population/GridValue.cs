namespace MasterPlanEval.SampleBuilder.Population;

/// <summary>Residents and workers of one cell in one year.</summary>
public sealed record GridValue(string CellId, int Year, int Residents, int Workers);
