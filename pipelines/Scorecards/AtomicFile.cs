using System.Text;
using MasterPlanEval.Core.Errors;

namespace MasterPlanEval.Scorecards;

/// <summary>
/// Writes a file so that readers see either nothing or the whole file: the content goes to
/// <c>&lt;path&gt;.tmp-&lt;guid&gt;</c> in the same folder, is flushed to disk, then moved to the path.
/// An existing file at the path is never overwritten (an <see cref="EvaluationException"/> of category
/// <see cref="ErrorCategory.Output"/> is thrown and the file is left as it was). On any failure or
/// cancellation the temporary file is deleted. The parent folder is created when missing.
/// </summary>
public static class AtomicFile
{
    private const int BufferSize = 81920;

    /// <summary>Writes <paramref name="content"/> as UTF-8 without a byte order mark.</summary>
    public static void WriteAllText(string path, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        WriteAllBytes(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content));
    }

    /// <summary>Writes <paramref name="bytes"/> exactly.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var (target, temporary) = Prepare(path);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            Commit(temporary, target);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Lets <paramref name="write"/> fill a new, seekable stream, then publishes it at <paramref name="path"/>.
    /// The callback must not dispose the stream before it returns its task (leaving it open is fine).
    /// </summary>
    public static async Task WriteAsync(
        string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var (target, temporary) = Prepare(path);
        try
        {
            var stream = new FileStream(
                temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
            await using (stream)
            {
                await write(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);

                // Durable before it becomes visible: a crash after the move must not leave a torn file.
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            Commit(temporary, target);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static (string Target, string Temporary) Prepare(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var target = Path.GetFullPath(path);

        // Checked before any work so a rerun into a used folder fails fast; Commit checks again.
        ThrowIfExists(target);
        var folder = Path.GetDirectoryName(target)
            ?? throw new ArgumentException($"'{path}' names a root, not a file", nameof(path));
        Directory.CreateDirectory(folder);

        // Same folder as the target, so the move is a rename on one file system.
        return (target, $"{target}.tmp-{Guid.NewGuid():N}");
    }

    private static void Commit(string temporary, string target)
    {
        try
        {
            // Without overwrite, .NET links then unlinks on Unix and uses MoveFileEx without
            // REPLACE_EXISTING on Windows, so a file that appeared meanwhile is never replaced.
            File.Move(temporary, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            ThrowIfExists(target);
            throw;
        }
    }

    private static void ThrowIfExists(string target)
    {
        if (File.Exists(target) || Directory.Exists(target))
        {
            throw new EvaluationException(
                ErrorCategory.Output, "output already exists; outputs are never overwritten", new SourceLocation(target));
        }
    }

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The original failure matters more than a leftover temporary file.
        }
    }
}
