using MasterPlanEval.Generator.Output;
using Parquet;
using Parquet.Schema;

namespace MasterPlanEval.Generator.Land;

/// <summary>Writes <c>land_use.parquet</c>: one row group per survey year, parcels in id order, WKB geometry.</summary>
internal static class LandUseFile
{
    public static async Task WriteAsync(Stream stream, ParcelLayer parcels, IReadOnlyList<int> years, CancellationToken cancellationToken)
    {
        var id = new DataField<string>("parcel_id", false);
        var year = new DataField<int>("year", false);
        var code = new DataField<string>("class_code", false);
        var geometry = new DataField<byte[]>("geometry", false);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(id, year, code, geometry), stream, ParquetTables.Options, false, cancellationToken);
        for (var k = 0; k < years.Count; k++)
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(id, parcels.Ids.ToArray());
            await group.WriteAsync(year, new ReadOnlyMemory<int>(Enumerable.Repeat(years[k], parcels.Count).ToArray()), cancellationToken: cancellationToken);
            await group.WriteAsync(code, parcels.ClassesByYear[k]);
            await group.WriteAsync(geometry, parcels.Wkb.ToArray());
        }
    }
}
