namespace MasterPlanEval.Generator.Facilities;

/// <summary>
/// One facility type of the data contract: its share of all facilities, the Chinese label used in
/// generated names, the share opened after the first year, and where it goes: one per equal share of
/// residents^<see cref="Power"/> (below 1 spreads facilities more evenly than people), or with odds
/// <see cref="Spread"/> : 1 in any cell (bus stops also serve the countryside).
/// </summary>
internal sealed record FacilityType(string Name, double Share, string Label, double NewShare, double Power, double Spread);
