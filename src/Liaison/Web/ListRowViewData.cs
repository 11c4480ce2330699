using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Liaison.Web;

/// <summary>
/// The view data for one row of a list field rendered through a partial: the row's fields are named with the list's
/// prefix (<c>Input.OtherNames[2].Name</c>) while the partial's <c>asp-for</c> expressions stay simple members.
/// </summary>
/// <remarks>
/// An <c>asp-for</c> with an indexer (<c>Input.OtherNames[i].Name</c>) is compiled with <c>Expression.Compile</c> on
/// every render, for its name and again for its value: about a millisecond a row on these machines, which made the
/// person and organization edit forms spend half their time compiling. A member expression is cached once.
/// </remarks>
public static class ListRowViewData
{
    /// <summary>The key under which the row's number (from 1) is passed, for labels such as "Name 2".</summary>
    public const string RowNumber = "RowNumber";

    /// <summary>The view data for row <paramref name="index"/> of <paramref name="listField"/> (such as <c>Input.OtherNames</c>).</summary>
    public static ViewDataDictionary For(ViewDataDictionary parent, string listField, int index)
    {
        var data = new ViewDataDictionary(parent);
        data.TemplateInfo.HtmlFieldPrefix = parent.TemplateInfo.GetFullHtmlFieldName($"{listField}[{index}]");
        data[RowNumber] = index + 1;
        return data;
    }
}
