namespace MasterPlanEval.Core.Model;

/// <summary>Levels of planning units, from the whole city down to the sub-district (街道/乡镇).</summary>
public enum UnitLevel
{
    City,
    District,
    Subdistrict,
}
