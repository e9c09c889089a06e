namespace MasterPlanEval.Indicators.Catalog;

/// <summary>
/// Given fact rows per source table (all sub-districts in one district <c>district</c> of one city
/// <c>city</c>, year 2020 unless a row says otherwise) and the values expected per unit id.
/// </summary>
public sealed record IndicatorExample(
    string Name,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Given,
    IReadOnlyDictionary<string, double?> Expect);
