using NorthPool.Members;

namespace NorthPool.Tests.Support;

public static class People
{
    public static readonly Member Zhang = new("29:user-zhang", "张伟");
    public static readonly Member Li = new("29:user-li", "李娜");
    public static readonly Member Admin = new("29:user-admin", "王董事长", IsAdmin: true);
}
