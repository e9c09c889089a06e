namespace MasterPlanEval.SampleBuilder.City;

/// <summary>What a landmark area is used for; it drives land-use classes, densities and named facilities.</summary>
public enum LandmarkKind
{
    Water,
    Park,
    Palace,
    Square,
    RailTerminal,
    Finance,
    Retail,
    Government,
}
