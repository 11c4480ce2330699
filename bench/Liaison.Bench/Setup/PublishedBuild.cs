namespace Liaison.Bench.Setup;

/// <summary>
/// The build the bench measures: Liaison published as README tells a server to run it (Release, ReadyToRun), into
/// <c>bench/.build/liaison</c>. Published again whenever the <c>liaison.dll</c> built next to the bench is newer.
/// </summary>
public static class PublishedBuild
{
    private static string? _dll;

    /// <summary>The published <c>liaison.dll</c>; the one next to the bench until <see cref="Ensure"/> has run.</summary>
    public static string Dll => _dll ?? Path.Combine(AppContext.BaseDirectory, "liaison.dll");

    public static void Ensure(string outputRoot, Action<string> log)
    {
        var built = Path.Combine(AppContext.BaseDirectory, "liaison.dll");
        var project = FindProject();
        var output = Path.GetFullPath(Path.Combine(outputRoot, "liaison"));
        var published = Path.Combine(output, "liaison.dll");
        if (File.Exists(published) && File.GetLastWriteTimeUtc(published) >= File.GetLastWriteTimeUtc(built))
        {
            _dll = published;
            return;
        }

        log($"publishing Liaison (Release, ReadyToRun) into {output}");
        ExternalTool.Run("dotnet",
            ["publish", project, "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", output, "-nologo", "-v", "quiet"],
            TimeSpan.FromMinutes(15));
        File.SetLastWriteTimeUtc(published, DateTime.UtcNow);
        _dll = published;
    }

    private static string FindProject()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Liaison", "Liaison.csproj");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("src/Liaison/Liaison.csproj not found above the bench");
    }
}
