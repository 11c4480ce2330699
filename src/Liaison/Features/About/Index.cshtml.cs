using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Features.About;

/// <summary>
/// About Liaison: version, runtime and the sources of the data users may import. It reads nothing from the database, so
/// it is also the benchmark's "floor" — the cost of the pipeline, sign-in and layout without any query.
/// </summary>
public sealed class IndexModel : PageModel
{
    public static string Version { get; } =
        typeof(IndexModel).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "";

    public static string Runtime => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

    public void OnGet()
    {
    }
}
