namespace MasterPlanEval.SampleBuilder.City;

/// <summary>
/// Schematic outlines of Dongcheng and Xicheng, drawn for this sample (our own work, not traced from any
/// boundary file). WGS84 lon/lat. They share the border <see cref="SharedBorder"/>: close to the central axis
/// (116.397°E), jogging west around the Palace Museum and Tiananmen as the real border does; Dongcheng
/// reaches north of the 2nd Ring Road (Hepingli) and south of it (Yongdingmenwai), Xicheng west of it
/// (Zhanlanlu, Guang'anmenwai) and north (Desheng). Sizes are tuned to the real areas (41.8 and 50.7 km²).
/// </summary>
public static class DistrictOutlines
{
    /// <summary>The Dongcheng–Xicheng border from its southern to its northern end.</summary>
    public static readonly IReadOnlyList<(double Lon, double Lat)> SharedBorder =
    [
        (116.3900, 39.8655), (116.3968, 39.8700), (116.3970, 39.8990), (116.3915, 39.8995),
        (116.3912, 39.9255), (116.3940, 39.9330), (116.3935, 39.9480), (116.4005, 39.9500), (116.4010, 39.9690),
    ];

    /// <summary>Dongcheng's outline from the northern end of the border, clockwise, to its southern end.</summary>
    public static readonly IReadOnlyList<(double Lon, double Lat)> DongchengRest =
    [
        (116.4149, 39.9697), (116.4279, 39.9659), (116.4307, 39.9529), (116.4368, 39.9454), (116.4340, 39.9286),
        (116.4349, 39.9081), (116.4391, 39.9015), (116.4433, 39.8884), (116.4405, 39.8749), (116.4279, 39.8693),
        (116.4186, 39.8600), (116.4046, 39.8567), (116.3897, 39.8586), (116.3883, 39.8642),
    ];

    /// <summary>Xicheng's outline from the northern end of the border, anticlockwise, to its southern end.</summary>
    public static readonly IReadOnlyList<(double Lon, double Lat)> XichengRest =
    [
        (116.3845, 39.9646), (116.3712, 39.9629), (116.3606, 39.9567), (116.3544, 39.9482), (116.3375, 39.9442),
        (116.3295, 39.9367), (116.3317, 39.9243), (116.3393, 39.9181), (116.3331, 39.9065), (116.3255, 39.8977),
        (116.3286, 39.8848), (116.3446, 39.8795), (116.3561, 39.8720), (116.3739, 39.8688),
    ];

    /// <summary>Dongcheng as a ring: the border south to north, then the rest clockwise.</summary>
    public static IReadOnlyList<(double Lon, double Lat)> Dongcheng => [.. SharedBorder, .. DongchengRest];

    /// <summary>Xicheng as a ring: the border south to north, then the rest anticlockwise.</summary>
    public static IReadOnlyList<(double Lon, double Lat)> Xicheng => [.. SharedBorder, .. XichengRest];
}
