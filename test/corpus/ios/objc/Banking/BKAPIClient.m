//
//  BKAPIClient.m
//  Banking
//

#import "BKAPIClient.h"
#import <AFNetworking/AFNetworking.h>

static NSString * const BKBaseURLString = @"https://api.bank-example.com/mobile/";

@interface BKAPIClient ()
@property (nonatomic, strong) AFHTTPSessionManager *manager;
@end

@implementation BKAPIClient

+ (instancetype)sharedClient {
    static BKAPIClient *sharedClient = nil;
    static dispatch_once_t onceToken;
    dispatch_once(&onceToken, ^{
        sharedClient = [[BKAPIClient alloc] init];
    });
    return sharedClient;
}

- (instancetype)init {
    self = [super init];
    if (self) {
        _manager = [[AFHTTPSessionManager alloc] initWithBaseURL:[NSURL URLWithString:BKBaseURLString]];
        NSString *certPath = [[NSBundle mainBundle] pathForResource:@"api.bank-example.com" ofType:@"cer"];
        NSData *certData = [NSData dataWithContentsOfFile:certPath];
        AFSecurityPolicy *policy = [AFSecurityPolicy policyWithPinningMode:AFSSLPinningModeCertificate // ph-expect: ios-afnetworking-pinning
                                                    withPinnedCertificates:[NSSet setWithObject:certData]];
        policy.validatesDomainName = YES;
        _manager.securityPolicy = policy;
    }
    return self;
}

- (NSURLSessionDataTask *)fetchAccountsWithCompletion:(void (^)(NSArray *accounts, NSError *error))completion {
    return [self.manager GET:@"accounts" parameters:nil headers:nil progress:nil success:^(NSURLSessionDataTask *task, id responseObject) {
        completion(responseObject[@"accounts"], nil);
    } failure:^(NSURLSessionDataTask *task, NSError *error) {
        completion(nil, error);
    }];
}

@end
