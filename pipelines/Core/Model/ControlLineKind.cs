namespace MasterPlanEval.Core.Model;

/// <summary>Kinds of control line the indicators use.</summary>
public enum ControlLineKind
{
    /// <summary>生态保护红线.</summary>
    EcoRedline,

    /// <summary>城镇开发边界.</summary>
    UrbanDevelopmentBoundary,
}
