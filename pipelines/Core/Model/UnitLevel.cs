namespace MasterPlanEval.Core.Model;

/// <summary>
/// Levels of planning units, from the whole city down to the sub-district (街道/乡镇). A zone is a group of
/// whole districts configured in evaluation.yaml (e.g. the six central districts, 中心城区); zones may overlap.
/// </summary>
public enum UnitLevel
{
    City,
    Zone,
    District,
    Subdistrict,
}
