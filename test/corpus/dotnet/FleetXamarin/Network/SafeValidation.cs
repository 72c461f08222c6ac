using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace FleetXamarin.Network
{
    /// <summary>Validation that keeps the platform's checks; nothing here should be flagged.</summary>
    public static class SafeValidation
    {
        public static void Install()
        {
            ServicePointManager.ServerCertificateValidationCallback = ValidateWithPlatform;
        }

        private static bool ValidateWithPlatform(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors sslPolicyErrors)
        {
            if (sslPolicyErrors == SslPolicyErrors.None)
            {
                return true;
            }
            System.Diagnostics.Debug.WriteLine($"Rejected certificate {certificate?.Subject}: {sslPolicyErrors}");
            return false;
        }

        public static HttpClient Create()
        {
            var handler = new HttpClientHandler();
            // handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => true;
            /* handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator; */
            handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
            {
                if (errors == SslPolicyErrors.None) return true;
                return chain != null && chain.ChainStatus.Length == 0;
            };
            return new HttpClient(handler);
        }

        public const string Note = "Never use ServerCertificateCustomValidationCallback = (a, b, c, d) => true";
    }
}
