using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Liaison.Tests.Infrastructure;

namespace Liaison.Tests.Imports.Wizard;

/// <summary>The import wizard's API as a user drives it: upload, map, check, import, waiting for each background job.</summary>
internal sealed class WizardClient(HttpClient client)
{
    public static MultipartFormDataContent Form(byte[] file, string fileName, string type, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        form.Add(new StringContent(type), "type");
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    public async Task<HttpResponseMessage> PostFileAsync(byte[] file, string fileName, string type = "people", params (string Name, string Value)[] fields)
    {
        using var form = Form(file, fileName, type, fields);
        return await client.PostAsync("/api/v1/imports/uploads", form);
    }

    public async Task<JsonElement> UploadAsync(string text, string fileName = "contacts.csv", string type = "people", Encoding? encoding = null)
    {
        var bytes = (encoding ?? new UTF8Encoding(true)).GetPreamble().Concat((encoding ?? Encoding.UTF8).GetBytes(text)).ToArray();
        var response = await PostFileAsync(bytes, fileName, type);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public async Task<JsonElement> GetAsync(string id) => await (await client.GetAsync($"/api/v1/imports/uploads/{id}")).ReadJsonAsync();

    /// <summary>Starts a check and waits for it; the upload as it stands afterwards.</summary>
    public async Task<JsonElement> CheckAsync(string id)
    {
        var response = await client.PostAsync($"/api/v1/imports/uploads/{id}/check", null);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return await WaitAsync(id);
    }

    public async Task<JsonElement> CommitAsync(string id, bool skipInvalid = false)
    {
        var response = await client.PostJsonAsync($"/api/v1/imports/uploads/{id}/commit", new { skipInvalid });
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return await WaitAsync(id);
    }

    public async Task<JsonElement> WaitAsync(string id)
    {
        for (var i = 0; i < 1200; i++)
        {
            var upload = await GetAsync(id);
            if (upload.GetProperty("job").GetProperty("state").GetString() != "Running")
            {
                upload.GetProperty("job").GetProperty("state").GetString().ShouldBe("Done", upload.ToString());
                return upload;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The import job did not finish within a minute.");
    }

    public static string[] Columns(JsonElement upload) => upload.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToArray();

    public static int Count(JsonElement result, string name) => result.GetProperty(name).GetInt32();
}
