using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;

namespace Liaison.Tests.Infrastructure;

/// <summary>A browser-like client for server-rendered pages: keeps cookies (over https, as the __Host- cookie needs), fills and posts forms with their antiforgery token.</summary>
public sealed class PageClient : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _http;

    public PageClient(TestApp app)
    {
        var handler = new CookieContainerHandler { InnerHandler = app.App.GetTestServer().CreateHandler() };
        _http = new HttpClient(handler) { BaseAddress = new Uri("https://localhost") };
    }

    public HttpClient Http => _http;

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(string url)
    {
        var response = await _http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response, await Parser.ParseDocumentAsync(html));
    }

    /// <summary>Submits the first form that matches <paramref name="formSelector"/>, with its current values overridden by <paramref name="values"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string formSelector, IReadOnlyDictionary<string, string> values, string? pageUrl = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form matches {formSelector}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not "submit" and not "button" and not "checkbox" and not "radio":
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlInputElement check when !string.IsNullOrEmpty(check.Name) && check.Type is "checkbox" or "radio" && check.IsChecked:
                    fields.Add(new(check.Name, check.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(select.Name, o.Value)));
                    break;
            }
        }

        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl ?? page.Url : form.GetAttribute("action")!;
        using var content = new FormUrlEncodedContent(fields);
        return await _http.PostAsync(action, content);
    }

    /// <summary>Signs in through the login page.</summary>
    public async Task SignInAsync(string email, string password)
    {
        var (_, login) = await GetAsync("/account/login");
        var form = login.QuerySelector("form input[type=password]")?.Closest("form") ?? throw new InvalidOperationException("No login form");
        var emailName = form.QuerySelector("input[type=email], input[name$=Email]")!.GetAttribute("name")!;
        var passwordName = form.QuerySelector("input[type=password]")!.GetAttribute("name")!;
        form.SetAttribute("data-test-login", "1");
        var response = await SubmitAsync(login, "form[data-test-login]", new Dictionary<string, string> { [emailName] = email, [passwordName] = password }, "/account/login");
        if ((int)response.StatusCode is not (302 or 303) && !response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
        }
    }

    public void Dispose() => _http.Dispose();
}
