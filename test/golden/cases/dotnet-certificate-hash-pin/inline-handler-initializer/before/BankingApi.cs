using System;
using System.Net.Http;

namespace Banking.Services
{
    public sealed class BankingApi : IDisposable
    {
        private readonly HttpClient _http = new HttpClient(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) =>
                string.Equals(cert?.GetCertHashString(), "B1C4E1D9A0F3C2E7D8B6A5F4E3D2C1B0A9F8E7D6", StringComparison.OrdinalIgnoreCase)
        });

        public void Dispose() => _http.Dispose();
    }
}
