using System.Net;
using System.Text.RegularExpressions;

namespace Liaison.Bench.Load;

/// <summary>
/// One signed-in user as a browser (cookies) or an API client (bearer token). Cookies are kept by hand: the
/// sign-in cookie is <c>__Host-</c>/Secure, which HttpClient's CookieContainer will not send over plain http.
/// </summary>
public sealed partial class Session
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _cookies = new(StringComparer.Ordinal);

    private Session(string name, string? token)
    {
        Name = name;
        Token = token;
    }

    public string Name { get; }

    public string? Token { get; }

    public static HttpClient CreateClient(Uri baseAddress, int connections) => new(new SocketsHttpHandler
    {
        UseCookies = false,
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = connections,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public static async Task<Session> SignInAsync(HttpClient http, string name, string email, string password, string token)
    {
        var session = new Session(name, token);
        using var form = await http.SendAsync(session.Get("/account/login"));
        session.Keep(form);
        var html = await form.Content.ReadAsStringAsync();
        var antiforgery = AntiforgeryInput().Match(html);
        if (!antiforgery.Success)
        {
            throw new InvalidOperationException($"no antiforgery token on the sign-in page ({(int)form.StatusCode})");
        }

        using var post = session.Request(HttpMethod.Post, "/account/login");
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery.Groups[1].Value),
        });
        using var signedIn = await http.SendAsync(post);
        session.Keep(signedIn);
        if (signedIn.StatusCode != HttpStatusCode.Redirect && signedIn.StatusCode != HttpStatusCode.Found)
        {
            throw new InvalidOperationException($"sign-in as {email} answered {(int)signedIn.StatusCode}, not a redirect");
        }

        return session;
    }

    /// <summary>A GET as this user: pages with the sign-in cookie, <c>/api</c> with the bearer token.</summary>
    public HttpRequestMessage Get(string url) => Request(HttpMethod.Get, url);

    private HttpRequestMessage Request(HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        if (url.StartsWith("/api/", StringComparison.Ordinal) && Token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        }
        else if (!_cookies.IsEmpty)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        return request;
    }

    /// <summary>Keeps the cookies a response sets, as a browser would (the sign-in cookie is re-issued when it is revalidated).</summary>
    public void Keep(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            return;
        }

        foreach (var value in values)
        {
            var pair = value.Split(';', 2)[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                _cookies[pair[..equals]] = pair[(equals + 1)..];
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
