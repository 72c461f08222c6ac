using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace FleetMaui.Services;

/// <summary>Creates HttpClients that only accept the fleet API's certificates.</summary>
public static class PinnedHttpClientFactory
{
    // SHA-256 thumbprints of the current and the next API certificate.
    private static readonly HashSet<string> AllowedThumbprints = new(StringComparer.OrdinalIgnoreCase)
    {
        "88d35691cf4350e0c3722eecdee6afd8c616220ddda7eac1ca284bcfb85004b6",
        "9aa381cd4448d836bcb45a911cda208b7a0a3fc1ba24072578cfb9a4ebf5fc24",
    };

    private const string DispatchPublicKey =
        "3082010A0282010100C3A1F2D4B5E6978812AB34CD56EF7890A1B2C3D4E5F60718293A4B5C6D7E8F90112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF0011223344556677";

    public static HttpClient Create()
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = ValidateThumbprint, // ph-expect: dotnet-certificate-hash-pin
        };
        return new HttpClient(handler) { BaseAddress = new Uri("https://api.fleet.example.com") };
    }

    public static HttpClient CreateDispatch()
    {
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => // ph-expect: dotnet-certificate-hash-pin
                    errors == SslPolicyErrors.None && certificate?.GetPublicKeyString() == DispatchPublicKey,
            },
        };
        return new HttpClient(handler) { BaseAddress = new Uri("https://dispatch.fleet.example.com") };
    }

    private static bool ValidateThumbprint(HttpRequestMessage request, X509Certificate2? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors != SslPolicyErrors.None || certificate is null)
        {
            return false;
        }
        var thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        return AllowedThumbprints.Contains(thumbprint);
    }
}
