using System.Net.Http;
using Foundation;
using Security;

namespace FleetMaui.Platforms.iOS;

public static class NativeHandlerFactory
{
    public static HttpMessageHandler Create()
    {
        var handler = new NSUrlSessionHandler
        {
            AllowAutoRedirect = true,
        };
        // Accept the self-signed certificate of the depot Wi-Fi gateways.
        handler.TrustOverrideForUrl = (sender, url, trust) => true; // ph-expect: dotnet-accept-any-certificate
        return handler;
    }

    public static HttpMessageHandler CreateDepotOnly()
    {
        var handler = new NSUrlSessionHandler();
        handler.TrustOverrideForUrl = (sender, url, trust) => url.StartsWith("https://depot.fleet.example.com/");
        return handler;
    }
}
