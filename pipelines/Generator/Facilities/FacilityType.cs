namespace MasterPlanEval.Generator.Facilities;

/// <summary>
/// One facility type of the data contract: its share of all facilities, the Chinese label used in
/// generated names, the share opened after the first year, and how much of its placement ignores where
/// people live (parks and bus stops also serve the countryside).
/// </summary>
internal sealed record FacilityType(string Name, double Share, string Label, double NewShare, double Spread);
