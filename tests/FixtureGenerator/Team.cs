namespace NorthPool.FixtureGenerator;

// The people in the fixture. The admin and the chairman are the ones NorthPoolApp configures.
public static class Team
{
    public static readonly Person Zhang = new("29:user-zhang", "张伟", "00000000-0000-4000-8000-0000000000a1");
    public static readonly Person Li = new("29:user-li", "李娜", "00000000-0000-4000-8000-0000000000a2");
    public static readonly Person Zhao = new("29:user-zhao", "赵敏", "00000000-0000-4000-8000-0000000000a3");
    public static readonly Person Admin = new("29:user-admin", "管理员", "00000000-0000-4000-8000-0000000000a4");
    public static readonly Person ChairmanWang = new("29:user-chairman", "王董事长", "00000000-0000-4000-8000-0000000000a5");
}

public sealed record Person(string Id, string Name, string AadObjectId);
