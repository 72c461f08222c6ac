using System.Net;
using Xamarin.Forms;

namespace Ledger
{
    public partial class App : Application
    {
        public App()
        {
            InitializeComponent();

            ServicePointManager.ServerCertificateValidationCallback += (sender, cert, chain, sslPolicyErrors) => true;

            MainPage = new AppShell();
        }
    }
}
