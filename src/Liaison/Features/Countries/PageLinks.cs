namespace Liaison.Features.Countries;

/// <summary>What the shared pager partial needs: where we are and how to link to another page of the same list.</summary>
public sealed record PageLinks(int PageNumber, int PageSize, int Total, Func<int, string?> UrlFor)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The first, last and nearby page numbers; gaps are shown as 0.</summary>
    public IEnumerable<int> Window()
    {
        var last = 0;
        foreach (var p in Enumerable.Range(1, PageCount).Where(p => p == 1 || p == PageCount || Math.Abs(p - PageNumber) <= 2))
        {
            if (p - last > 1)
            {
                yield return 0;
            }

            yield return last = p;
        }
    }
}
