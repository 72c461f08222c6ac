#import "ShopPinningLegacy.h"
#import <TrustKit/TrustKit.h>

@implementation ShopPinningLegacy

+ (void)startPinning
{
    NSDictionary *trustKitConfig =
    @{
      kTSKSwizzleNetworkDelegates: @NO,
      kTSKPinnedDomains : @{
              @"orders.shop.example.com" : @{
                      kTSKEnforcePinning : @YES,
                      kTSKPublicKeyHashes : @[ // ph-expect: ios-trustkit-pins
                              @"TEG9bA1hZW9Ccc0mbCpVxrsCHZrVKdy0o4xhSJEUPQM=",
                              @"tOrIz6B6NbMxbr7dnFOl9I4WhzmrxyJm6GjPt6VNmRg="
                              ],
                      kTSKExpirationDate : @"2026-0l-31", // ph-expect: pin-expiration
                      },
              @"wishlist.shop.example.com" : @{
                      kTSKPublicKeyHashes : @[ // ph-expect: ios-trustkit-pins
                              @"XsJDvJ3wCfrDrqsDdNr+0tfcaFbDuBMCfXqbQgL5m0Q=",
                              @"d2xQhBsDNz5OHDDE4WNzQuqR0h4fbJK8kM2mUcVBo9k="
                              ],
                      kTSKExpirationDate : @"2098-03-15",
                      },
              }};

    [TrustKit initSharedInstanceWithConfiguration:trustKitConfig];
}

@end
