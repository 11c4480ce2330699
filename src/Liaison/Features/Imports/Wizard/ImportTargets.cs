namespace Liaison.Features.Imports.Wizard;

/// <summary>A field a spreadsheet column can fill; <see cref="Aliases"/> are header names (English and Chinese) that suggest it.</summary>
public sealed record ImportField(string Key, string Label, bool Required, params string[] Aliases);

/// <summary>The record types the import wizard creates and updates, and the fields of each.</summary>
public static class ImportTargets
{
    public const string People = "people";
    public const string Organizations = "organizations";

    public static readonly IReadOnlyList<string> All = [People, Organizations];

    public static readonly IReadOnlyList<ImportField> PeopleFields =
    [
        new("id", "Liaison id", false, "id", "liaison id", "person id", "编号"),
        new("name_en", "English name", true, "name", "english name", "full name", "name en", "contact", "contact name", "英文名", "英文姓名", "姓名英文"),
        new("name_zh", "Chinese name", false, "chinese name", "name zh", "中文名", "中文姓名", "姓名"),
        new("name_native", "Native name", false, "native name", "name native", "name in own script", "原文姓名", "本名"),
        new("name_romanized", "Romanized name", false, "romanized name", "romanized", "romanization", "name romanized", "pinyin", "拼音"),
        new("family_name", "Family name", false, "family name", "surname", "last name", "姓"),
        new("given_name", "Given name", false, "given name", "first name", "forename", "名"),
        new("other_names", "Other names", false, "other names", "aliases", "aka", "also known as", "别名", "其他名字"),
        new("honorific", "Honorific", false, "honorific", "salutation", "prefix", "称谓", "尊称"),
        new("gender", "Gender", false, "gender", "sex", "性别"),
        new("birth_year", "Birth year", false, "birth year", "year of birth", "born", "出生年份"),
        new("birth_date", "Birth date", false, "birth date", "date of birth", "dob", "birthday", "出生日期", "生日"),
        new("country", "Country", false, "country", "country iso3", "country code", "nationality", "iso3", "国家", "国籍"),
        new("organization", "Organization", false, "organization", "organisation", "party", "org", "affiliation", "单位", "组织", "政党", "机构"),
        new("position", "Position", false, "position", "job title", "title", "post", "role", "职务", "职位"),
        new("email", "E-mail", false, "email", "e mail", "mail", "email address", "邮箱", "电子邮件", "电子邮箱"),
        new("phone", "Phone", false, "phone", "telephone", "tel", "office phone", "电话", "办公电话"),
        new("mobile", "Mobile", false, "mobile", "cell", "cell phone", "mobile phone", "手机"),
        new("wechat", "WeChat", false, "wechat", "weixin", "微信"),
        new("languages", "Languages", false, "languages", "language", "语言"),
        new("tags", "Tags", false, "tags", "tag", "labels", "标签"),
        new("diet", "Diet", false, "diet", "dietary requirements", "饮食"),
        new("religion", "Religion", false, "religion", "宗教"),
        new("biography", "Biography", false, "biography", "bio", "简历", "简介"),
        new("protocol_notes", "Protocol notes", false, "protocol notes", "notes", "remarks", "备注", "礼宾备注"),
        new("classification", "Classification", false, "classification", "密级"),
    ];

    public static readonly IReadOnlyList<ImportField> OrganizationFields =
    [
        new("id", "Liaison id", false, "id", "liaison id", "organization id", "编号"),
        new("name_en", "English name", true, "name", "english name", "name en", "organization", "organisation", "party", "party name", "英文名称", "名称英文"),
        new("name_zh", "Chinese name", false, "chinese name", "name zh", "中文名称", "名称", "中文名"),
        new("name_native", "Native name", false, "native name", "name native", "name in own script", "原文名称"),
        new("name_romanized", "Romanized name", false, "romanized name", "romanized", "name romanized", "拼音"),
        new("abbreviation", "Abbreviation", false, "abbreviation", "abbrev", "acronym", "short name", "简称", "缩写"),
        new("other_names", "Other names", false, "other names", "aliases", "former names", "别名", "曾用名"),
        new("kind", "Kind", false, "kind", "type", "organization type", "类型"),
        new("country", "Country", false, "country", "country iso3", "country code", "iso3", "国家"),
        new("family", "Ideology family", false, "family", "ideology", "party family", "ideology family", "意识形态"),
        new("founded", "Founded", false, "founded", "established", "year founded", "founding date", "成立", "成立时间"),
        new("dissolved", "Dissolved", false, "dissolved", "dissolution", "解散", "解散时间"),
        new("website", "Website", false, "website", "url", "web", "homepage", "网站", "网址"),
        new("description", "Description", false, "description", "notes", "remarks", "简介", "备注"),
        new("partyfacts_id", "Party Facts id", false, "partyfacts", "partyfacts id", "party facts id"),
        new("parlgov_id", "ParlGov id", false, "parlgov", "parlgov id", "party id parlgov"),
        new("wikidata_id", "Wikidata id", false, "wikidata", "wikidata id", "qid"),
        new("classification", "Classification", false, "classification", "密级"),
    ];

    public static bool IsKnown(string? type) => type is People or Organizations;

    public static IReadOnlyList<ImportField> FieldsOf(string type) => type switch
    {
        People => PeopleFields,
        Organizations => OrganizationFields,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown record type."),
    };

    /// <summary>The record type's name for people, as shown in the wizard.</summary>
    public static string Label(string type) => type == People ? "People" : "Organizations";
}
