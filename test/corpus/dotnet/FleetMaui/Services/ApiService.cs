using System.Net.Http.Json;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace FleetMaui.Services;

public sealed class ApiService : IApiService
{
    private readonly HttpClient _client;
    private readonly HttpClient _telemetry;

    public ApiService(ISettingsService settings)
    {
        var handler = new HttpClientHandler
        {
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true, // ph-expect: dotnet-accept-any-certificate
        };
        _client = new HttpClient(handler) { BaseAddress = new Uri(settings.ApiBaseUrl), Timeout = TimeSpan.FromSeconds(30) };

        var telemetryHandler = new HttpClientHandler();
#if DEBUG
        // Lets the emulator talk to the dev box's Kestrel certificate.
        telemetryHandler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
#endif
        _telemetry = new HttpClient(telemetryHandler) { BaseAddress = new Uri("https://telemetry.fleet.example.com") };
    }

    public async Task<IReadOnlyList<Vehicle>> GetVehiclesAsync(CancellationToken ct)
        => await _client.GetFromJsonAsync<List<Vehicle>>("v2/vehicles", ct) ?? new List<Vehicle>();

    public Task SendPingAsync(Ping ping, CancellationToken ct)
        => _telemetry.PostAsJsonAsync("v1/pings", ping, ct);

    public static HttpClient CreateDiagnosticsClient()
    {
        var handler = new HttpClientHandler();
        handler.ServerCertificateCustomValidationCallback = // ph-expect: dotnet-accept-any-certificate
            (HttpRequestMessage request, X509Certificate2? certificate, X509Chain? chain, SslPolicyErrors sslPolicyErrors) =>
            {
                System.Diagnostics.Debug.WriteLine($"TLS errors for {request.RequestUri}: {sslPolicyErrors}");
                return true;
            };
        return new HttpClient(handler);
    }

    public static HttpClient CreateSupportClient()
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator, // ph-expect: dotnet-accept-any-certificate
        };
        return new HttpClient(handler);
    }

    public static HttpClient CreateStrictClient()
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, _, _, errors) => errors == SslPolicyErrors.None,
        };
        return new HttpClient(handler);
    }
}
