using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Contoso.Mobile.Services
{
    public class ApiService
    {
        private readonly HttpClient _client;

        public ApiService()
        {
            var handler = new HttpClientHandler();

            _client = new HttpClient(handler)
            {
                BaseAddress = new Uri("https://api.contoso.example.com/")
            };
        }

        public Task<string> GetProfileAsync() => _client.GetStringAsync("me");
    }
}
