using System;
using System.Net.Http;
using System.Net.Security;

namespace Shop.Mobile.Networking
{
    public class PinnedHttpClient
    {
        private const string ExpectedThumbprint = "3A9C5F6D2B1E8C7A4F0D9E2B6C1A8F3E5D7B9C0A";

        public HttpClient Build()
        {
            var handler = new HttpClientHandler();
            handler.ServerCertificateCustomValidationCallback = (request, certificate, chain, errors) =>
                errors == SslPolicyErrors.None && certificate?.GetCertHashString() == ExpectedThumbprint;

            var client = new HttpClient(handler);
            client.Timeout = TimeSpan.FromSeconds(20);
            return client;
        }
    }
}
