using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Liaison.Tests.Localization;

/// <summary>Every English UI string in the pages has a Simplified Chinese translation.</summary>
public sealed partial class TranslationCoverageTests
{
    private static string Source => Path.Combine(RepoRoot(), "src", "Liaison");

    [Fact]
    public void Every_shared_string_used_by_a_page_or_page_model_is_translated()
    {
        var translated = Keys(Path.Combine(Source, "Resources", "SharedResource.zh-Hans.resx"));
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Source, "Features"), "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cshtml.cs", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            var pattern = file.EndsWith(".cs", StringComparison.Ordinal) ? SharedInCode() : SharedInView();
            foreach (Match m in pattern.Matches(text))
            {
                var key = Unescape(m.Groups[1].Value);
                if (!translated.Contains(key))
                {
                    missing.Add($"{Path.GetFileName(file)}: {key}");
                }
            }
        }

        missing.ShouldBeEmpty("Add these to Resources/SharedResource.zh-Hans.resx:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_validation_message_is_translated()
    {
        var translated = Keys(Path.Combine(Source, "Resources", "SharedResource.zh-Hans.resx"));
        var missing = Directory.EnumerateFiles(Path.Combine(Source, "Features"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => ValidationMessage().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(message => !translated.Contains(message))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        missing.ShouldBeEmpty("Add these to Resources/SharedResource.zh-Hans.resx:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_view_string_has_a_translation_in_its_views_resource_file()
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var view in Directory.EnumerateFiles(Path.Combine(Source, "Features"), "*.cshtml", SearchOption.AllDirectories))
        {
            var keys = ViewLocalizer().Matches(File.ReadAllText(view)).Select(m => Unescape(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
            if (keys.Count == 0)
            {
                continue;
            }

            var relative = Path.GetRelativePath(Path.Combine(Source, "Features"), view);
            var resx = Path.Combine(Source, "Resources", "Features", Path.ChangeExtension(relative, null) + ".zh-Hans.resx");
            var translated = File.Exists(resx) ? Keys(resx) : [];
            missing.UnionWith(keys.Where(k => !translated.Contains(k)).Select(k => $"{relative}: {k}"));
        }

        missing.ShouldBeEmpty("Missing view translations:\n" + string.Join("\n", missing));
    }

    private static HashSet<string> Keys(string resx) =>
        XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    private static string Unescape(string s) => s.Replace("\\\"", "\"", StringComparison.Ordinal);

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Liaison.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("Liaison.slnx not found above the test binaries.");
    }

    [GeneratedRegex("""@?T\["((?:[^"\\]|\\.)+)"[\],]""")]
    private static partial Regex SharedInView();

    [GeneratedRegex("""\bt\["((?:[^"\\]|\\.)+)"[\],]""")]
    private static partial Regex SharedInCode();

    [GeneratedRegex("ErrorMessage = \"([^\"]+)\"")]
    private static partial Regex ValidationMessage();

    [GeneratedRegex("""@?L\["((?:[^"\\]|\\.)+)"[\],]""")]
    private static partial Regex ViewLocalizer();
}
