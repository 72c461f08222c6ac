using System.Net;
using System.Net.Http;

namespace Fieldwork.Core.Net
{
    public static class HttpClientFactory
    {
        public static HttpClient Create()
        {
            var handler = new HttpClientHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                UseCookies = false,
            };
            return new HttpClient(handler);
        }
    }
}
