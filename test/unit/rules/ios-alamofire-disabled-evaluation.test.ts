import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'ios-alamofire-disabled-evaluation';

describe(RULE, () => {
  it('reports DisabledTrustEvaluator, the .disabled shorthand and .disableEvaluation', () => {
    const findings = scan(
      'Staging.swift',
      [
        'let a = ServerTrustManager(evaluators: ["staging.example.com": DisabledTrustEvaluator()])',
        'let b = ServerTrustManager(evaluators: [',
        '    "sandbox.example.com": .disabled,',
        '])',
        'let c: [String: ServerTrustPolicy] = ["dev.example.com": .disableEvaluation]',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@1:64`, `${RULE}@3:28`, `${RULE}@5:58`]);
    assert.equal(findings[0].severity, 'error');
    assert.equal(findings[0].category, 'tls');
    assert.match(findings[0].message, /`staging\.example\.com`/);
    assert.equal(findings[0].endColumn, 64 + 'DisabledTrustEvaluator'.length);
  });

  it('reports an evaluator returned from a ServerTrustManager subclass', () => {
    const findings = scan(
      'Debug.swift',
      [
        'final class DebugTrust: ServerTrustManager {',
        '  override func serverTrustEvaluator(forHost host: String) throws -> ServerTrustEvaluating? {',
        '    return DisabledTrustEvaluator()',
        '  }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@3:12`]);
  });

  it('ignores .disabled outside trust manager dictionaries, switch cases and comments', () => {
    const findings = scan(
      'Other.swift',
      [
        'let states: [String: ButtonState] = ["checkout": .disabled]',
        'switch policy { case .disableEvaluation: break; default: break }',
        '// let m = ServerTrustManager(evaluators: ["a.example.com": DisabledTrustEvaluator()])',
        'let m = ServerTrustManager(evaluators: ["a.example.com": DefaultTrustEvaluator()])',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), []);
  });
});

describe(`${RULE} (evaluators in a typed variable)`, () => {
  it('reads the .disabled shorthand from a dictionary declared with a type annotation', () => {
    const findings = scan(
      'Typed.swift',
      [
        'let evaluators: [String: ServerTrustEvaluating] = [',
        '    "dev.example.com": .disabled,',
        '    "www.example.com": .default,',
        ']',
        'let manager = ServerTrustManager(evaluators: evaluators)',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings), [`${RULE}@2:24`]);
    assert.match(findings[0].message, /`dev\.example\.com`/);
  });
});
