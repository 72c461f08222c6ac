//
//  LGAppDelegate.m
//  Legacy
//

#import "LGAppDelegate.h"
#import <TrustKit/TrustKit.h>

static NSString * const LGPrimaryKeyHash = @"EWEVmM3e3oARPc43BbA4GYFlSZFK+M4os6ET0Bj/TUo=";

@implementation LGAppDelegate

- (BOOL)application:(UIApplication *)application didFinishLaunchingWithOptions:(NSDictionary *)launchOptions {
    NSDictionary *trustKitConfig =
    @{
      kTSKSwizzleNetworkDelegates: @NO,
      kTSKPinnedDomains: @{
              @"api.legacy-example.com" : @{
                      kTSKEnforcePinning: @YES,
                      kTSKIncludeSubdomains: @YES,
                      kTSKPublicKeyHashes: @[ // ph-expect: ios-trustkit-pins, pin-expiration
                              LGPrimaryKeyHash,
                              @"0NNWl3z4NiauJTzou3TjSypJwk1CvsmeuvWQzib36F0=",
                              ],
                      kTSKReportUris: @[@"https://reports.legacy-example.com/pins"],
                      },
              @"cdn.legacy-example.com" : @{
                      kTSKEnforcePinning : @NO, // ph-expect: ios-trustkit-enforce-pinning-off
                      kTSKPublicKeyHashes : @[@"BN3B5rpr1X3IT/coqQMkAv982cnlyrZKJqGpnZ7d7ZU=", @"PR/b5+KYbpDGIUks0vfrlXOR6O02+0ZKWAeXGCml0aU="], // ph-expect: ios-trustkit-pins, pin-expiration
                      },
              }};
    [TrustKit initSharedInstanceWithConfiguration:trustKitConfig];
    return YES;
}

@end
