using Approov;

namespace Wallet;

public static class MauiProgram
{
    public static MauiApp CreateMauiApp()
    {
        ApproovService.Initialize("#wallet#YWJjZGVmZ2hpams=");
        return MauiApp.CreateBuilder().UseMauiApp<App>().Build();
    }
}
