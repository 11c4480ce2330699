using System.Text.Json;

namespace Liaison.Tests.Infrastructure;

/// <summary>The public data sets in <c>../shared/data</c> beside the repository, and the repository itself.</summary>
public static class SharedData
{
    public static string Root
    {
        get
        {
            var dir = FindRepository();
            var root = dir is null ? null : Path.Combine(dir.Parent!.FullName, "shared", "data");
            return root is not null && Directory.Exists(root)
                ? root
                : throw new DirectoryNotFoundException("../shared/data was not found beside the repository.");
        }
    }

    /// <summary>The repository's root folder (the one holding <c>Liaison.slnx</c>) above the running tests.</summary>
    public static string RepositoryRoot =>
        FindRepository()?.FullName ?? throw new DirectoryNotFoundException("The repository (Liaison.slnx) was not found above the tests.");

    private static DirectoryInfo? FindRepository()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Liaison.slnx")))
        {
            dir = dir.Parent;
        }

        return dir;
    }

    public static IReadOnlyList<string> HostileStrings() =>
        JsonSerializer.Deserialize<List<string>>(File.ReadAllText(Path.Combine(Root, "hostile", "blns.json")))!;
}
