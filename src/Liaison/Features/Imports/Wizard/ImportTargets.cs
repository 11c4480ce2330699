namespace Liaison.Features.Imports.Wizard;

/// <summary>A field a spreadsheet column can fill; <see cref="Aliases"/> are header names (English and Chinese) that suggest it.</summary>
public sealed record ImportField(string Key, string Label, bool Required, params string[] Aliases);

/// <summary>The record types the import wizard creates and updates, and the fields of each.</summary>
public static class ImportTargets
{
    public const string People = "people";
    public const string Organizations = "organizations";
    public const string Positions = "positions";
    public const string Touchpoints = "touchpoints";
    public const string Engagements = "engagements";

    public static readonly IReadOnlyList<string> All = [People, Organizations, Positions, Touchpoints, Engagements];

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

    /// <summary>Positions: who holds or held which post where. The person and organization are named, not created.</summary>
    public static readonly IReadOnlyList<ImportField> PositionFields =
    [
        new("id", "Liaison id", false, "id", "liaison id", "position id", "编号"),
        new("person", "Person", true, "person", "name", "holder", "contact", "姓名", "人员"),
        new("organization", "Organization", true, "organization", "organisation", "party", "org", "单位", "组织", "政党", "机构"),
        new("title", "Title", true, "title", "position", "post", "role", "job title", "职务", "职位"),
        new("title_zh", "Chinese title", false, "chinese title", "title zh", "中文职务"),
        new("kind", "Kind", false, "kind", "type", "类型"),
        new("rank", "Rank", false, "rank", "order", "排序"),
        new("from", "From", false, "from", "start", "since", "start date", "开始", "任职开始"),
        new("to", "To", false, "to", "end", "until", "end date", "结束", "离任"),
        new("note", "Note", false, "note", "notes", "remarks", "备注"),
    ];

    /// <summary>Touchpoints: what happened with whom. People and organizations are named, not created: import them first.</summary>
    public static readonly IReadOnlyList<ImportField> TouchpointFields =
    [
        new("id", "Liaison id", false, "id", "liaison id", "touchpoint id", "编号"),
        new("date", "Date", true, "date", "on", "day", "meeting date", "日期", "时间"),
        new("channel", "Channel", false, "channel", "type", "kind", "how", "方式", "渠道"),
        new("medium", "Medium", false, "medium", "app", "媒介"),
        new("subject", "Subject", true, "subject", "topic", "title", "主题", "事由", "标题"),
        new("summary", "Summary", false, "summary", "notes", "minutes", "content", "纪要", "内容", "摘要"),
        new("follow_up", "Follow-up", false, "follow up", "next steps", "后续", "后续事项"),
        new("people", "People", false, "people", "person", "contacts", "contact", "counterparts", "with", "人员", "外方人员", "联系人"),
        new("organizations", "Organizations", false, "organizations", "organization", "organisation", "party", "parties", "组织", "政党", "单位"),
        new("country", "Country", false, "country", "country iso3", "iso3", "国家"),
        new("our_side", "Our side", false, "our side", "participants", "staff", "attended by", "我方人员", "参加人员"),
        new("classification", "Classification", false, "classification", "密级"),
    ];

    /// <summary>Engagements: visits, talks, forums… with their counterparts and delegations (people named, not created).</summary>
    public static readonly IReadOnlyList<ImportField> EngagementFields =
    [
        new("id", "Liaison id", false, "id", "liaison id", "engagement id", "编号"),
        new("title", "Title", true, "title", "name", "engagement", "event", "活动", "活动名称", "标题"),
        new("title_zh", "Chinese title", false, "chinese title", "title zh", "中文名称", "中文标题"),
        new("kind", "Kind", false, "kind", "type", "engagement type", "类型", "活动类型"),
        new("status", "Status", false, "status", "state", "状态"),
        new("starts_on", "First day", true, "starts", "start", "start date", "from", "first day", "arrival", "开始日期", "开始", "抵达"),
        new("ends_on", "Last day", false, "ends", "end", "end date", "to", "last day", "departure", "结束日期", "结束", "离开"),
        new("location", "Location", false, "location", "place", "venue", "city", "地点"),
        new("country", "Country", false, "country", "lead country", "country iso3", "iso3", "国家"),
        new("countries", "Other countries", false, "countries", "other countries", "其他国家"),
        new("organizations", "Organizations", false, "organizations", "organization", "organisation", "party", "parties", "counterparts", "组织", "政党", "单位"),
        new("delegation", "Delegation", false, "delegation", "delegation members", "members", "visitors", "代表团", "代表团成员"),
        new("hosts", "Hosts", false, "hosts", "host", "hosted by", "our side", "接待人员", "会见人"),
        new("owner", "Officer responsible", false, "owner", "officer", "responsible", "officer responsible", "负责人", "承办人"),
        new("purpose", "Purpose", false, "purpose", "background", "description", "notes", "目的", "背景"),
        new("invitation_on", "Invitation date", false, "invitation date", "invited on", "邀请日期"),
        new("invitation_note", "Invitation", false, "invitation", "invitation note", "邀请"),
        new("classification", "Classification", false, "classification", "密级"),
    ];

    public static bool IsKnown(string? type) => type is People or Organizations or Positions or Touchpoints or Engagements;

    public static IReadOnlyList<ImportField> FieldsOf(string type) => type switch
    {
        People => PeopleFields,
        Organizations => OrganizationFields,
        Positions => PositionFields,
        Touchpoints => TouchpointFields,
        Engagements => EngagementFields,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown record type."),
    };

    /// <summary>What each row is, as the wizard offers the choice ("Each row is …").</summary>
    public static string Choice(string type) => type switch
    {
        People => "a person",
        Positions => "a position",
        Touchpoints => "a touchpoint",
        Engagements => "an engagement",
        _ => "an organization",
    };

    /// <summary>Where the imported records are listed, and the link's text.</summary>
    public static (string Url, string Text) List(string type) => type switch
    {
        People or Positions => ("/people", "Open the people list"),
        Touchpoints => ("/touchpoints", "Open the touchpoints list"),
        Engagements => ("/engagements", "Open the engagements list"),
        _ => ("/organizations", "Open the organizations list"),
    };
}
