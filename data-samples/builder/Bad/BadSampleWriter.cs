using MasterPlanEval.SampleBuilder.Output;

namespace MasterPlanEval.SampleBuilder.Bad;

/// <summary>Writes data-samples/bad: the bad files, the fatal configs and the README (from Templates/).</summary>
public static class BadSampleWriter
{
    public static int Write(string folder, string templates)
    {
        foreach (var (name, text) in BadSampleFiles.All)
        {
            TextFile.Write(Path.Combine(folder, name), text);
        }

        foreach (var (name, text) in FatalConfigs.All)
        {
            TextFile.Write(Path.Combine(folder, "fatal", name), text);
        }

        TextFile.Write(Path.Combine(folder, "README.md"), File.ReadAllText(Path.Combine(templates, "bad.README.md")));
        return BadSampleFiles.All.Count + FatalConfigs.All.Count + 1;
    }
}
