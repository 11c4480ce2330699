using System.Text.Json;

namespace Liaison.Tests.Infrastructure;

/// <summary>The public data sets in <c>../shared/data</c> beside the repository.</summary>
public static class SharedData
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Liaison.slnx")))
            {
                dir = dir.Parent;
            }

            var root = dir is null ? null : Path.Combine(dir.Parent!.FullName, "shared", "data");
            return root is not null && Directory.Exists(root)
                ? root
                : throw new DirectoryNotFoundException("../shared/data was not found beside the repository.");
        }
    }

    public static IReadOnlyList<string> HostileStrings() =>
        JsonSerializer.Deserialize<List<string>>(File.ReadAllText(Path.Combine(Root, "hostile", "blns.json")))!;
}
