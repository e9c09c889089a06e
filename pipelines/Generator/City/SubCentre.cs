namespace MasterPlanEval.Generator.City;

/// <summary>A secondary centre of population and jobs (world coordinates) with its relative weight.</summary>
internal sealed record SubCentre(double X, double Y, double Weight);
