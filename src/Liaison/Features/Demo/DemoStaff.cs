using Liaison.Features.Desks;
using Liaison.Security;
using Microsoft.AspNetCore.Identity;

namespace Liaison.Features.Demo;

/// <summary>
/// The department's demo staff: desk officers, a protocol officer, a researcher, a leader. They own relationships, take part
/// in touchpoints and own tasks, but they have no password (no hash, so no password ever matches): nobody can sign in as
/// them unless an administrator sets a password. Their addresses are under the reserved ".invalid" domain.
/// </summary>
public static class DemoStaff
{
    public const string EmailDomain = "staff.demo.invalid";

    internal sealed record Member(string Key, string DisplayName, string Role, string[] Desks, Classification Clearance);

    // Desk officers for every desk (two for the busiest), and the department's functional staff.
    internal static readonly Member[] Members =
    [
        new("wang.lei", "Wang Lei 王磊", Roles.DeskOfficer, ["East Asia"], Classification.Confidential),
        new("chen.jing", "Chen Jing 陈静", Roles.DeskOfficer, ["Southeast Asia"], Classification.Confidential),
        new("liu.lan", "Liu Lan 刘岚", Roles.DeskOfficer, ["Southeast Asia"], Classification.Internal),
        new("zhao.min", "Zhao Min 赵敏", Roles.DeskOfficer, ["South Asia"], Classification.Internal),
        new("sun.hao", "Sun Hao 孙浩", Roles.DeskOfficer, ["Central Asia & Russia"], Classification.Confidential),
        new("ma.yunxia", "Ma Yunxia 马云霞", Roles.DeskOfficer, ["West Asia & North Africa"], Classification.Internal),
        new("he.tao", "He Tao 何涛", Roles.DeskOfficer, ["Sub-Saharan Africa"], Classification.Internal),
        new("lin.xue", "Lin Xue 林雪", Roles.DeskOfficer, ["Western Europe"], Classification.Confidential),
        new("guo.peng", "Guo Peng 郭鹏", Roles.DeskOfficer, ["Western Europe"], Classification.Internal),
        new("zhou.yan", "Zhou Yan 周燕", Roles.DeskOfficer, ["Central & Eastern Europe"], Classification.Internal),
        new("tang.jun", "Tang Jun 唐军", Roles.DeskOfficer, ["North America & Oceania"], Classification.Confidential),
        new("luo.li", "Luo Li 罗丽", Roles.DeskOfficer, ["Latin America & Caribbean"], Classification.Internal),
        new("song.wei", "Song Wei 宋伟", Roles.ProtocolOfficer, ["East Asia", "Southeast Asia", "Western Europe", "Sub-Saharan Africa"], Classification.Internal),
        new("xu.ning", "Xu Ning 徐宁", Roles.Researcher, ["Southeast Asia", "Central Asia & Russia", "Western Europe"], Classification.Internal),
        new("huang.qiang", "Huang Qiang 黄强", Roles.Leader, [], Classification.Confidential),
    ];

    public static string EmailOf(string key) => key + "@" + EmailDomain;

    internal static List<AppUser> Create(IReadOnlyList<Desk> desks, IReadOnlyDictionary<string, string> roleIds, Random random, DateTime createdAt,
        List<UserDesk> userDesks, List<IdentityUserRole<string>> userRoles)
    {
        var users = new List<AppUser>();
        var byName = desks.ToDictionary(d => d.Name, StringComparer.Ordinal);
        foreach (var m in Members)
        {
            var email = EmailOf(m.Key);
            var user = new AppUser
            {
                Id = Guid(random),
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = m.DisplayName,
                Clearance = m.Clearance,
                PreferredCulture = "zh-Hans",
                CreatedAt = createdAt,
                PasswordHash = null,
                SecurityStamp = Guid(random).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant(),
                ConcurrencyStamp = Guid(random),
                LockoutEnabled = true,
            };
            users.Add(user);
            userRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[m.Role] });
            userDesks.AddRange(m.Desks.Where(byName.ContainsKey).Select(d => new UserDesk { UserId = user.Id, DeskId = byName[d].Id }));
        }

        return users;
    }

    // A deterministic GUID from the seeded generator.
    private static string Guid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new System.Guid(bytes).ToString();
    }
}
