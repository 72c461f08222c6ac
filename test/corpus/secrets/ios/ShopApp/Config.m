#import "Config.h"

#define SLACK_TOKEN @"xoxb-032446500091-9491995908292-i1xHMdeP5zZno4rMJ8mYP9H0" // ph-expect: secret-slack-token

NSString *const kReleaseToken = @"ghp_V1Tpt9NnZOGlnN3PVf8gq7sl1CqqIlifphNs"; // ph-expect: secret-github-token
NSString *const kCommitSha = @"b3d3be790985433c2f80921435cccde25d1d8eb5";
