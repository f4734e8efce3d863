using System.Security.Cryptography;
using System.Text;

namespace NorthPool.Exports;

// A download link that names its file and its expiry and carries an HMAC of both, with a key made at start-up: a link
// cannot be made up or stretched, and none outlives the process.
public sealed class ExportLinks
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string PathFor(ExportFile file) =>
        $"/exports/{file.Id}?expires={file.ExpiresAt.ToUnixTimeSeconds()}&sig={Sign(file.Id, file.ExpiresAt.ToUnixTimeSeconds())}";

    public bool IsSigned(string id, long expires, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(id, expires)), Encoding.ASCII.GetBytes(signature));

    private string Sign(string id, long expires) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{id}|{expires}")));
}
