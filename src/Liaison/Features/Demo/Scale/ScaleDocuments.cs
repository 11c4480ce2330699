using System.Security.Cryptography;
using System.Text;
using Liaison.Features.Engagements.Documents;

namespace Liaison.Features.Demo.Scale;

// Visit reports, speeches and briefings of completed engagements: UTF-8 text of about 2 KB in the language it was written in.
internal sealed class ScaleDocuments(Random random)
{
    private const int TargetBytes = 2048;

    private static readonly (EngagementDocumentKind Kind, string En, string Zh, string File)[] Kinds =
    [
        (EngagementDocumentKind.VisitReport, "Visit report", "访问报告", "visit-report"),
        (EngagementDocumentKind.Speech, "Speech", "讲话稿", "speech"),
        (EngagementDocumentKind.Briefing, "Briefing note", "情况简报", "briefing"),
        (EngagementDocumentKind.Other, "Minutes of the talks", "会谈纪要", "minutes"),
        (EngagementDocumentKind.Agreement, "Memorandum of understanding", "合作备忘录", "memorandum"),
    ];

    public List<EngagementDocument> Create(IReadOnlyList<ScaleEngagements.Done> completed, int count, ref int nextId)
    {
        var documents = new List<EngagementDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var e = completed[random.Next(completed.Count)];
            var kind = Kinds[random.Next(Kinds.Length)];
            var language = ScaleText.Languages[random.Next(ScaleText.Languages.Length)];
            var zh = language == "zh";
            var heading = zh ? $"{kind.Zh}：{e.Title}" : $"{kind.En}: {e.Title}";
            var text = new StringBuilder(heading).Append("\n\n");
            var topic = ScaleText.Topics[random.Next(ScaleText.Topics.Length)];
            while (Encoding.UTF8.GetByteCount(text.ToString()) < TargetBytes)
            {
                text.Append(ScaleText.Note(random, language, zh ? e.Org.NameZh ?? e.Org.NameEn : e.Org.NameEn, zh ? "对方代表" : "the head of delegation",
                    zh ? e.Org.Country.NameZh ?? e.Org.Country.NameEn : e.Org.Country.NameEn, zh ? topic.Zh : topic.En, 3)).Append("\n\n");
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            documents.Add(new EngagementDocument
            {
                Id = nextId++,
                EngagementId = e.Id,
                Kind = kind.Kind,
                Title = zh ? kind.Zh : kind.En,
                FileName = $"{kind.File}-{e.EndsOn:yyyy-MM-dd}-{language}.txt",
                ContentType = "text/plain; charset=utf-8",
                Length = bytes.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                Content = bytes,
                UploadedById = e.OwnerId,
                UploadedAt = ScaleOrganizations.At(e.EndsOn).AddDays(random.Next(1, 10)),
            });
        }

        return documents;
    }
}
