import { strict as assert } from 'node:assert';
import { Scanner, WorkspaceChecks, runWorkspaceChecks, type Finding, type Rule } from '../../../server/src/engine';
import { ALL_RULES } from '../../../server/src/engine';

const RULE = 'pin-cross-platform-mismatch';
const PIN_A = '6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
const PIN_B = '5fp/Y9ophgKvQRA5xOIcRYGKWN4nSNsZHzqgGAGKRzY=';
const PIN_C = 'r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=';

/** A stand-in iOS pin rule (the real ones live on another branch): `pin("host", "base64")` in Swift. */
const fakeSwiftPins: Rule = {
  meta: { id: 'fake-swift-pins', title: 'fake', category: 'pin', severity: 'warning', fileKinds: ['swift'], keywords: ['pin('], fixable: false, docs: '' },
  detect(context) {
    const re = /pin\("([^"]+)", "([^"]+)"\)/g;
    const byHost = new Map<string, { start: number; end: number; pins: string[] }>();
    for (let m = re.exec(context.text); m; m = re.exec(context.text)) {
      const entry = byHost.get(m[1]) ?? { start: m.index, end: m.index + m[0].length, pins: [] };
      entry.pins.push(`sha256/${m[2]}`);
      byHost.set(m[1], entry);
    }
    for (const [host, e] of byHost) context.report({ start: e.start, end: e.end, host, pins: e.pins, message: 'pins' });
  },
};

const RULES = [...ALL_RULES, fakeSwiftPins];

function scanWorkspace(files: Record<string, string>): Finding[] {
  const scanner = new Scanner({}, RULES);
  const checks = new WorkspaceChecks({}, RULES);
  for (const [file, text] of Object.entries(files)) checks.add(scanner.scan(file, text).findings);
  return checks.run();
}

const NSC = (host: string, ...pins: string[]): string =>
  `<network-security-config>\n  <domain-config>\n    <domain>${host}</domain>\n    <pin-set>\n${pins.map((p) => `      <pin digest="SHA-256">${p}</pin>\n`).join('')}    </pin-set>\n  </domain-config>\n</network-security-config>\n`;

describe(RULE, () => {
  it('reports a host pinned differently on Android and iOS, once on each side', () => {
    const findings = scanWorkspace({
      'android/app/src/main/res/xml/network_security_config.xml': NSC('API.example.com', PIN_A, PIN_B),
      'ios/App/Pinning.swift': `let a = pin("api.example.com", "${PIN_A}")\nlet b = pin("api.example.com", "${PIN_C}")\n`,
    });
    assert.deepEqual(
      findings.map((f) => `${f.ruleId}@${f.file}:${f.line}:${f.column}`),
      [`${RULE}@android/app/src/main/res/xml/network_security_config.xml:4:5`, `${RULE}@ios/App/Pinning.swift:1:9`],
    );
    assert.equal(findings[0].host, 'api.example.com');
    assert.equal(findings[0].category, 'pin-health');
    assert.match(findings[0].message, /Android \[nsc-pin-set\] \(2 pins\) and on iOS \[fake-swift-pins\] \(2 pins, in ios\/App\/Pinning\.swift\)/);
    assert.ok(findings[0].message.includes(`only here: \`sha256/${PIN_B}\``));
    assert.ok(findings[0].message.includes(`only on iOS [fake-swift-pins]: \`sha256/${PIN_C}\``));
  });

  it('compares OkHttp and network security config pins of one Android app too', () => {
    const findings = scanWorkspace({
      'app/src/main/res/xml/network_security_config.xml': NSC('cdn.example.com', PIN_A),
      'app/src/main/java/Net.kt': `val p = CertificatePinner.Builder().add("cdn.example.com", "sha256/${PIN_B}", "sha256/${PIN_C}").build()`,
    });
    assert.equal(findings.length, 2);
    assert.match(findings[0].message, /with no pin in common/);
  });

  it('is quiet when every platform has the same pins (in any order), or hosts differ, and honours overrides', () => {
    const same = {
      'res/xml/network_security_config.xml': NSC('api.example.com', PIN_A, PIN_B),
      'App/Pinning.swift': `pin("api.example.com", "${PIN_B}")\npin("api.example.com", "${PIN_A}")\n`,
      'Other.swift': `pin("other.example.com", "${PIN_C}")\n`,
    };
    assert.deepEqual(scanWorkspace(same), []);
    const different = { ...same, 'App/Pinning.swift': `pin("api.example.com", "${PIN_C}")\n` };
    const pins = Object.entries(different).flatMap(([f, t]) => new Scanner({}, RULES).scan(f, t).findings);
    assert.equal(runWorkspaceChecks(pins, { rules: { [RULE]: 'error' } }, RULES)[0].severity, 'error');
    assert.deepEqual(runWorkspaceChecks(pins, { rules: { [RULE]: 'off' } }, RULES), []);
  });
});
