using MasterPlanEval.SampleBuilder.City;
using MasterPlanEval.SampleBuilder.Geo;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder.Population;

/// <summary>
/// Smooth relative densities (no noise) of residents and workers at a point in metres. Residents: heavier
/// towards the centre and inside the 2nd Ring Road (hutong), none in lakes, parks, the Palace, the square or
/// the railway station, few in office districts. Workers: a low base plus job centres (Financial Street,
/// Wangfujing–Dongdan, Xidan, Jianguomen, Dongzhimen, Qianmen, the Sanlihe ministries, Chongwenmen).
/// </summary>
public sealed class DensitySurface
{
    private static readonly IReadOnlyList<(double Lon, double Lat, double Peak, double Sigma)> JobCentres =
    [
        (116.3610, 39.9160, 5.0, 700), (116.4120, 39.9110, 3.5, 800), (116.3740, 39.9100, 2.5, 600),
        (116.4310, 39.9090, 2.5, 700), (116.4300, 39.9370, 2.0, 600), (116.3990, 39.8950, 1.2, 500),
        (116.3420, 39.9260, 1.5, 900), (116.4170, 39.8990, 1.2, 600),
    ];

    private readonly Landmarks _landmarks;
    private readonly Coordinate _centre;
    private readonly Envelope _secondRing;
    private readonly IReadOnlyList<(Coordinate At, double Peak, double Sigma)> _jobCentres;

    public DensitySurface(Landmarks landmarks, Gk117Projection projection)
    {
        _landmarks = landmarks;
        _centre = projection.ToMetres(116.3975, 39.9087);
        _secondRing = projection.BoxFromLonLat(116.3570, 39.8660, 116.4340, 39.9480).EnvelopeInternal;
        _jobCentres = JobCentres.Select(j => (projection.ToMetres(j.Lon, j.Lat), j.Peak, j.Sigma)).ToList();
    }

    public double Residents(Coordinate point)
    {
        var factor = _landmarks.At(point)?.Kind switch
        {
            LandmarkKind.Water or LandmarkKind.Park or LandmarkKind.Palace or LandmarkKind.Square or LandmarkKind.RailTerminal => 0.0,
            LandmarkKind.Finance or LandmarkKind.Government => 0.35,
            LandmarkKind.Retail => 0.5,
            _ => 1.0,
        };
        var r = point.Distance(_centre);
        var ring = _secondRing.Contains(point) ? 1.1 : 0.9;
        return factor * ring * (1.0 + (0.6 * Math.Exp(-(r * r) / (2 * 3500.0 * 3500.0))));
    }

    public double Workers(Coordinate point)
    {
        var factor = _landmarks.At(point)?.Kind switch
        {
            LandmarkKind.Water => 0.0,
            LandmarkKind.Park or LandmarkKind.Square => 0.08,
            LandmarkKind.Palace => 0.4,
            LandmarkKind.RailTerminal => 2.0,
            LandmarkKind.Finance => 3.0,
            LandmarkKind.Retail => 2.0,
            LandmarkKind.Government => 2.5,
            _ => 1.0,
        };
        var peaks = _jobCentres.Sum(j =>
        {
            var d = point.Distance(j.At);
            return j.Peak * Math.Exp(-(d * d) / (2 * j.Sigma * j.Sigma));
        });
        return factor * (0.35 + peaks);
    }
}
