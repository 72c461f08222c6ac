using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace Legacy.Droid
{
    public static class PinningSetup
    {
        public static void Install()
        {
        }
    }
}
