using System.Net;
using Xamarin.Forms;

namespace Ledger
{
    public partial class App : Application
    {
        public App()
        {
            InitializeComponent();

            MainPage = new AppShell();
        }
    }
}
