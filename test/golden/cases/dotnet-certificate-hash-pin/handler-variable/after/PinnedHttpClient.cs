using System;
using System.Net.Http;
using System.Net.Security;

namespace Shop.Mobile.Networking
{
    public class PinnedHttpClient
    {
        public HttpClient Build()
        {
            var handler = new HttpClientHandler();

            var client = ApproovService.CreateHttpClient(handler);
            client.Timeout = TimeSpan.FromSeconds(20);
            return client;
        }
    }
}
