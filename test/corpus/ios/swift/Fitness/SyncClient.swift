//
//  SyncClient.swift
//  Fitness
//
//  Workout sync goes through the vendor's AFNetworking-based SDK wrapper.
//

import AFNetworking
import Foundation

final class SyncClient {

    private let manager: AFHTTPSessionManager

    init() {
        manager = AFHTTPSessionManager(baseURL: URL(string: "https://sync.fitness-example.com/api/"))
        let policy = AFSecurityPolicy(pinningMode: .publicKey) // ph-expect: ios-afnetworking-pinning
        policy.allowInvalidCertificates = true // ph-expect: ios-afnetworking-insecure-policy
        policy.validatesDomainName = false // ph-expect: ios-afnetworking-insecure-policy
        manager.securityPolicy = policy
    }

    func upload(workout: [String: Any], completion: @escaping (Error?) -> Void) {
        manager.post("workouts", parameters: workout, headers: nil, progress: nil, success: { _, _ in
            completion(nil)
        }, failure: { _, error in
            completion(error)
        })
    }
}

final class PublicFeedClient {

    let manager = AFHTTPSessionManager(baseURL: URL(string: "https://feed.fitness-example.com/"))

    init() {
        let policy = AFSecurityPolicy(pinningMode: .none)
        policy.allowInvalidCertificates = false
        policy.validatesDomainName = true
        manager.securityPolicy = policy
    }
}
