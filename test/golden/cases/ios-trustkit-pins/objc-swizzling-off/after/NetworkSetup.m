#import "NetworkSetup.h"

@implementation NetworkSetup

+ (void)configurePinning
{
}

@end
