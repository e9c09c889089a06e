namespace MasterPlanEval.Core.Model;

/// <summary>Kinds of control line the indicators use.</summary>
public enum ControlLineKind
{
    /// <summary>生态保护红线.</summary>
    EcoRedline,

    /// <summary>城镇开发边界.</summary>
    UrbanDevelopmentBoundary,

    /// <summary>生态控制区: the ecological control area, whose share of the city the plan sets (Beijing: 75 % by 2035).</summary>
    EcoControlArea,
}
