using System;
using System.Net.Http;

namespace Banking.Services
{
    public sealed class BankingApi : IDisposable
    {
        private readonly HttpClient _http = ApproovService.CreateHttpClient(new HttpClientHandler());

        public void Dispose() => _http.Dispose();
    }
}
