#import "NetworkSetup.h"
#import <TrustKit/TrustKit.h>

@implementation NetworkSetup

+ (void)configurePinning
{
    [TrustKit initSharedInstanceWithConfiguration:@{
        kTSKSwizzleNetworkDelegates: @NO,
        kTSKPinnedDomains: @{
            @"api.courier.example.com": @{
                kTSKPublicKeyHashes: @[@"0SDf3cRToyZJaMsoS17oF72VMavLxj/N7WBNasNuiR8=",
                                       @"ydMTz0D6JgrtyDJ7j8YVBjJxJ5nMuhbhfprRdp4tPIc="],
            },
        },
    }];
}

@end
