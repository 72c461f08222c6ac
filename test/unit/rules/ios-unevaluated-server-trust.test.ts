import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'ios-unevaluated-server-trust';

const SWIFT_HEADER = [
  'final class Delegate: NSObject, URLSessionDelegate {',
  '    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,',
  '                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {',
];

describe(RULE, () => {
  it('reports a Swift handler that uses the server trust without evaluating it', () => {
    const findings = scan(
      'Delegate.swift',
      [
        ...SWIFT_HEADER,
        '        guard let trust = challenge.protectionSpace.serverTrust else { return completionHandler(.performDefaultHandling, nil) }',
        '        completionHandler(.useCredential, URLCredential(trust: trust))',
        '    }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@5:43`]);
    assert.equal(findings[0].severity, 'error');
    assert.equal(findings[0].category, 'tls');
    assert.equal(findings[0].endColumn, 43 + 'URLCredential(trust: trust)'.length);
  });

  it('does not report handlers that evaluate first or hand the challenge to TrustKit', () => {
    const evaluated = scan(
      'Delegate.swift',
      [
        ...SWIFT_HEADER,
        '        guard let trust = challenge.protectionSpace.serverTrust, SecTrustEvaluateWithError(trust, nil) else {',
        '            return completionHandler(.cancelAuthenticationChallenge, nil)',
        '        }',
        '        completionHandler(.useCredential, URLCredential(trust: trust))',
        '    }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(evaluated), []);
    const trustKit = scan(
      'Delegate.swift',
      [
        ...SWIFT_HEADER,
        '        if !TrustKit.sharedInstance().pinningValidator.handle(challenge, completionHandler: completionHandler) {',
        '            completionHandler(.useCredential, URLCredential(trust: challenge.protectionSpace.serverTrust!))',
        '        }',
        '    }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(trustKit), []);
  });

  it('scopes the evaluation check to the enclosing function', () => {
    const findings = scan(
      'Delegate.swift',
      [
        'final class Delegate: NSObject, URLSessionDelegate {',
        '    func check(_ trust: SecTrust) -> Bool { SecTrustEvaluateWithError(trust, nil) }',
        '    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,',
        '                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {',
        '        DispatchQueue.main.async {',
        '            completionHandler(.useCredential, URLCredential(trust: challenge.protectionSpace.serverTrust!))',
        '        }',
        '    }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@6:47`]);
  });

  it('reports Objective-C session and connection delegates at the credential message', () => {
    const findings = scan(
      'Delegate.m',
      [
        '- (void)URLSession:(NSURLSession *)session didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge',
        ' completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {',
        '    completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:challenge.protectionSpace.serverTrust]);',
        '}',
        '',
        '- (void)connection:(NSURLConnection *)connection willSendRequestForAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge {',
        '    NSURLCredential *c = [[NSURLCredential alloc] initWithTrust:challenge.protectionSpace.serverTrust];',
        '    [challenge.sender useCredential:c forAuthenticationChallenge:challenge];',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@3:63`, `${RULE}@7:26`]);
  });

  it('ignores user/password and identity credentials, and evaluated Objective-C handlers', () => {
    const findings = scan(
      'Delegate.m',
      [
        '- (void)URLSession:(NSURLSession *)session didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge',
        ' completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {',
        '    SecTrustRef trust = challenge.protectionSpace.serverTrust;',
        '    if (SecTrustEvaluateWithError(trust, NULL)) {',
        '        completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:trust]);',
        '    } else {',
        '        completionHandler(NSURLSessionAuthChallengeCancelAuthenticationChallenge, nil);',
        '    }',
        '}',
        '- (NSURLCredential *)login { return [NSURLCredential credentialWithUser:@"u" password:self.pw persistence:NSURLCredentialPersistenceForSession]; }',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), []);
  });
});
