using CsCheck;
using MasterPlanEval.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace MasterPlanEval.Tests.Properties;

/// <summary>
/// <see cref="InteriorGrid"/> on the random areas of <see cref="RectangleClipPropertyTests"/>: whenever it decides
/// an envelope, the prepared geometry agrees (inside: it contains the envelope's rectangle; outside: they share no point).
/// </summary>
public sealed class InteriorGridPropertyTests
{
    private static readonly GeometryFactory Factory = new();

    [Fact]
    public void A_decided_envelope_agrees_with_the_prepared_geometry()
    {
        var smallRectangles = from r in RectangleClipPropertyTests.Rectangles
                              from scale in Gen.Double[0.01, 0.2]
                              select new Envelope(r.MinX, r.MinX + (r.Width * scale), r.MinY, r.MinY + (r.Height * scale));
        Gen.Select(RectangleClipPropertyTests.Areas, smallRectangles, Gen.Int[4, 80]).Sample((area, envelope, cells) =>
        {
            var decided = new InteriorGrid(area, cells).Inside(envelope);
            var prepared = PreparedGeometryFactory.Prepare(area);
            var rectangle = Factory.ToGeometry(envelope);
            if (decided == true)
            {
                Assert.True(prepared.Contains(rectangle), $"{area} does not contain {envelope}");
            }
            else if (decided == false)
            {
                Assert.False(prepared.Intersects(rectangle), $"{area} meets {envelope}");
            }
        });
    }
}
