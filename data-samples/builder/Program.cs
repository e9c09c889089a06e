using MasterPlanEval.SampleBuilder.Bad;
using MasterPlanEval.SampleBuilder.Geo;
using MasterPlanEval.SampleBuilder.Output;
using MasterPlanEval.SampleBuilder.Real;
using NetTopologySuite.Geometries;

namespace MasterPlanEval.SampleBuilder;

/// <summary>Builds data-samples/beijing-core and data-samples/bad from data-real, deterministically.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var (options, errors) = BuilderOptions.Parse(args);
        if (options is null)
        {
            foreach (var error in errors)
            {
                Console.Error.WriteLine(error);
            }

            Console.Error.WriteLine(BuilderOptions.Usage);
            return 2;
        }

        var projection = new Gk117Projection(new GeometryFactory(new PrecisionModel(), 4548));
        var real = RealDataReader.Read(options.RealDirectory);
        var data = SampleCityBuilder.Build(real, projection);
        var crs = new OutputCrs(projection);
        var roundTrip = PipelineRoundTrip.Check(data, crs);
        var edges = EdgeCases.Find(data).Checked();
        var folder = Path.Combine(options.OutDirectory, "beijing-core");
        var templates = Path.Combine(AppContext.BaseDirectory, "Templates");
        new SampleFilesWriter(folder, crs).WriteAll(data);
        ConfigWriter.Write(folder, data.Targets);
        ReadmeWriter.Write(folder, Path.Combine(templates, "beijing-core.README.md"), data, edges, roundTrip);
        var badFiles = BadSampleWriter.Write(Path.Combine(options.OutDirectory, "bad"), templates);
        Console.Write(Summary.Describe(data, edges, roundTrip));
        Console.WriteLine($"wrote {folder} and {badFiles} files under {Path.Combine(options.OutDirectory, "bad")}");
        return 0;
    }
}
