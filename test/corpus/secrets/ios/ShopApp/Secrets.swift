import Foundation

enum Secrets {
    static let openAIKey = "sk-proj-mHufgXWIAy84TkIh5x0-nHoQtkqUH5gYT5T1Zw1vZVGgNIHpfSWTVEKh6XaC-i5dXWCUZCoM8fFPzMwDClLnq9_y1sntqdlciY7Q3L1xVFMHbmmhkqCygfEg" // ph-expect: secret-openai-api-key
    static let anthropicKey = "sk-ant-api03-eNuaiuAa91YVTcrKw8ak-tAOz86CxvHHYFpKJ386XdixDZ8MIGU_7MhyPP05dfbOj2caQSSK0RU7ErkJMc-NcS9NuKGlHAA" // ph-expect: secret-anthropic-api-key
    static let awsAccessKeyId = "AKIAWCJGJYCL6IV2LHMN" // ph-expect: secret-aws-access-key-id
    static let awsSecretAccessKey = "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" // ph-expect: secret-aws-secret-access-key
    static let ciToken = "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" // ph-expect: secret-github-token

    // Not secrets.
    static let sessionIdentifier = "1f74862e-1cc4-427f-a5e5-35289d0a5f2c"
    static let apiKeyHeader = "X-Api-Key"
    static let tokenKeychainAccount = "com.shop.auth.token"
    static let fakeStripeForTests = "sk_test_FAKEFAKEFAKEFAKEFAKEFAKE00"
}
