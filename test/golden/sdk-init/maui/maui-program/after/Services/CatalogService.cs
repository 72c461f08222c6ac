using System.Net.Http;
using System.Security.Cryptography.X509Certificates;

namespace ShopApp.Services;

public class CatalogService
{
    private const string PinnedHash = "9F2A4B7C1D3E5F60718293A4B5C6D7E8F9012345";

    private readonly HttpClient client = new(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
            cert?.GetCertHashString() == PinnedHash,
    });
}
