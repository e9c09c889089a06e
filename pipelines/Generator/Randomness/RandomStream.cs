namespace MasterPlanEval.Generator.Randomness;

/// <summary>
/// One independent random stream per concern, so changing how (or how much) one dataset draws never
/// shifts the numbers of another: parcels stay the same when the commuter count changes.
/// </summary>
internal enum RandomStream : ulong
{
    Sites = 1,
    Wiggle = 2,
    Terrain = 3,
    Centres = 4,
    Population = 5,
    Census = 6,
    Parcels = 7,
    LandChange = 8,
    Facilities = 9,
    ControlLines = 10,
    Commutes = 11,
}
