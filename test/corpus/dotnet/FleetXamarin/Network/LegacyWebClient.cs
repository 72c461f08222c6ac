using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace FleetXamarin.Network
{
    public class LegacyWebClient
    {
        private const string ScannerCertHash = "2310C2638EEB57E60B1BCC5795FFF540C79BA951"; // ph-expect: pin-no-backup

        static LegacyWebClient()
        {
            // The old dispatch server has an expired certificate; see ticket FLT-884.
            ServicePointManager.ServerCertificateValidationCallback += delegate { return true; }; // ph-expect: dotnet-accept-any-certificate
            ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;
        }

        public string Download(string url)
        {
            var request = (HttpWebRequest)WebRequest.Create(url);
            request.ServerCertificateValidationCallback = // ph-expect: dotnet-accept-any-certificate
                (sender, certificate, chain, sslPolicyErrors) => true;
            using (var response = (HttpWebResponse)request.GetResponse())
            using (var reader = new StreamReader(response.GetResponseStream(), Encoding.UTF8))
            {
                return reader.ReadToEnd();
            }
        }

        public Stream OpenScannerStream(string host, int port)
        {
            var tcp = new TcpClient(host, port);
            var ssl = new SslStream(tcp.GetStream(), false, new RemoteCertificateValidationCallback(AcceptScanner)); // ph-expect: dotnet-certificate-hash-pin
            ssl.AuthenticateAsClient(host);
            return ssl;
        }

        public Stream OpenLabelPrinterStream(string host)
        {
            var tcp = new TcpClient(host, 9100);
            var ssl = new SslStream(tcp.GetStream(), false, AcceptAnything); // ph-expect: dotnet-accept-any-certificate
            ssl.AuthenticateAsClient(host);
            return ssl;
        }

        private static bool AcceptScanner(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors)
        {
            return certificate != null && string.Equals(certificate.GetCertHashString(), ScannerCertHash, StringComparison.OrdinalIgnoreCase);
        }

        private static bool AcceptAnything(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors) => true;
    }
}
