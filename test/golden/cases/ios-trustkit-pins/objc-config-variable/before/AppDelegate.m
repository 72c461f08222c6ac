#import "AppDelegate.h"
#import <TrustKit/TrustKit.h>

@implementation AppDelegate

- (BOOL)application:(UIApplication *)application didFinishLaunchingWithOptions:(NSDictionary *)launchOptions
{
    NSDictionary *trustKitConfig =
    @{
      kTSKSwizzleNetworkDelegates: @YES,
      kTSKPinnedDomains : @{
              @"secure.insurer.example.com" : @{
                      kTSKEnforcePinning : @YES,
                      kTSKIncludeSubdomains : @YES,
                      kTSKPublicKeyHashes : @[
                              @"TQEtdMbmwFgYUifM4LDF+xgEtd0z69mPGmkp014d6ZY=",
                              @"rFjc3wG7lTZe43zeYTvPq8k4xdDEutCmIhI5dn4oCeE="
                              ],
                      kTSKReportUris : @[@"https://reports.insurer.example.com/pinning"],
                      },
              },
      };

    [TrustKit initSharedInstanceWithConfiguration:trustKitConfig];

    self.window = [[UIWindow alloc] initWithFrame:[[UIScreen mainScreen] bounds]];
    [self.window makeKeyAndVisible];
    return YES;
}

@end
