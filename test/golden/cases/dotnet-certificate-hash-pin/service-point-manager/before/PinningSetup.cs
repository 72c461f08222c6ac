using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace Legacy.Droid
{
    public static class PinningSetup
    {
        private static readonly string[] Pins =
        {
            "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
        };

        public static void Install()
        {
            ServicePointManager.ServerCertificateValidationCallback = (sender, certificate, chain, errors) =>
            {
                var hash = new X509Certificate2(certificate).GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256);
                return System.Array.IndexOf(Pins, hash) >= 0;
            };
        }
    }
}
