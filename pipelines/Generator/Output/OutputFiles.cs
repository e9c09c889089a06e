namespace MasterPlanEval.Generator.Output;

/// <summary>
/// Writes each output through a temporary file in the same folder and renames it into place, so a file
/// with a final name is always complete; a crash leaves only <c>.tmp</c> files behind.
/// </summary>
internal sealed class OutputFiles(string directory)
{
    private readonly List<GeneratedFile> _files = [];

    public string Directory { get; } = directory;

    public IReadOnlyList<GeneratedFile> Files => _files;

    public string PathOf(string name) => Path.Combine(Directory, name);

    public async Task WriteAsync(string name, long rows, Func<Stream, Task> write)
    {
        var final = PathOf(name);
        var temporary = final + ".tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 20))
            {
                await write(stream);
            }

            File.Move(temporary, final, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        _files.Add(new GeneratedFile(name, rows, new FileInfo(final).Length));
    }

    public Task WriteTextAsync(string name, long rows, string text) =>
        WriteAsync(name, rows, async stream =>
        {
            await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.NewLine = "\n";
            await writer.WriteAsync(text);
        });
}
