#import "AppDelegate.h"
@import TrustKit;

@implementation AppDelegate

- (BOOL)application:(UIApplication *)application didFinishLaunchingWithOptions:(NSDictionary *)launchOptions
{
    // Report-only rollout: collect pin failures before enforcing.
    [TrustKit initSharedInstanceWithConfiguration:@{
        kTSKSwizzleNetworkDelegates : @YES,
        kTSKPinnedDomains : @{
            @"www.pharmacy.example.com" : @{
                kTSKEnforcePinning : @NO,
                kTSKPublicKeyHashes : @[ @"5kJvNEMw0KjrCAu7eXY5HZdvyCS13BbA0VJG1RSP91w=" ],
                kTSKReportUris : @[ @"https://pins.pharmacy.example.com/report" ],
            },
        },
    }];
    return YES;
}

@end
