using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace MasterPlanEval.Ingest.Crs;

/// <summary>
/// Moves coordinates from an input CRS to the working CRS: GCJ-02 is first converted to WGS84, projected
/// inputs are first unprojected to WGS84, then everything is projected to the working CRS. A source that means
/// what the working CRS means (whatever its name: EPSG:4509 and EPSG:4548 are one projection) is left as it is.
/// </summary>
public sealed class CoordinateTransformer
{
    private readonly CrsDefinition _source;
    private readonly MathTransform? _fromSource;
    private readonly MathTransform _toWorking;
    private readonly bool _identity;

    public CoordinateTransformer(CrsDefinition source, CrsDefinition working)
    {
        if (working.IsGeographic)
        {
            throw new ArgumentException("the working CRS must be projected in metres", nameof(working));
        }

        _source = source;
        _identity = source.SameMeaning(working);
        var factory = new CoordinateSystemFactory();
        var transforms = new CoordinateTransformationFactory();
        var wgs84 = GeographicCoordinateSystem.WGS84;
        var workingCs = factory.CreateFromWkt(working.ProjectedWkt);
        _toWorking = transforms.CreateFromCoordinateSystems(wgs84, workingCs).MathTransform;
        if (!source.IsGeographic)
        {
            _fromSource = transforms.CreateFromCoordinateSystems(factory.CreateFromWkt(source.ProjectedWkt), wgs84).MathTransform;
        }
    }

    public bool SourceIsGeographic => _source.IsGeographic;

    /// <summary>True when (x, y) can be a coordinate of the source CRS at all (lon/lat within range).</summary>
    public bool IsPlausible(double x, double y) =>
        double.IsFinite(x) && double.IsFinite(y) && (!_source.IsGeographic || (Math.Abs(x) <= 180 && Math.Abs(y) <= 90));

    public (double X, double Y) Transform(double x, double y)
    {
        if (_identity)
        {
            return (x, y);
        }

        var (lon, lat) = _source switch
        {
            { IsGcj02: true } => Gcj02.ToWgs84(x, y),
            { IsGeographic: true } => (x, y),
            _ => _fromSource!.Transform(x, y),
        };
        return _toWorking.Transform(lon, lat);
    }

    public Geometry Transform(Geometry geometry)
    {
        if (_identity)
        {
            return geometry;
        }

        var copy = geometry.Copy();
        copy.Apply(new TransformFilter(this));
        copy.GeometryChanged();
        return copy;
    }

    private sealed class TransformFilter(CoordinateTransformer transformer) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = transformer.Transform(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
