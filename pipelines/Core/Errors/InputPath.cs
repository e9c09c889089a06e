namespace MasterPlanEval.Core.Errors;

/// <summary>
/// Whether a path names a file that can be read, checked before anything is read. On Linux a symbolic link to
/// nothing "exists" as far as <see cref="File.Exists"/> knows, and a loop of links too; reading them later fails
/// with an <see cref="IOException"/> that the CLI would report as an output fault. So links are followed to their
/// end here and a broken one is named as the input's problem.
/// </summary>
public static class InputPath
{
    /// <summary>What is wrong with the path ("not found", "is a symbolic link to …"), or null for a readable file.</summary>
    public static string? Problem(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is { } link)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                return target is null ? $"is a symbolic link to '{link}', which cannot be followed"
                    : Directory.Exists(target.FullName) ? $"is a symbolic link to the folder '{target.FullName}', not a file"
                    : !target.Exists ? $"is a symbolic link to '{link}', which does not exist"
                    : null;
            }

            return Directory.Exists(path) ? "is a folder, not a file" : info.Exists ? null : "not found";
        }
        catch (IOException ex)
        {
            return $"is a symbolic link that cannot be followed (a loop of links?): {ex.Message.Split('\n', 2)[0].Trim()}";
        }
        catch (UnauthorizedAccessException)
        {
            return "cannot be read: permission denied";
        }
    }
}
