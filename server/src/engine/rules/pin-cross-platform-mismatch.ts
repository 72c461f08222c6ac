import type { Finding } from '../findings';
import { fileKindOf, type FileKind } from '../languages';
import type { WorkspaceRule } from '../workspace-checks';
import { comparablePin, shortPin } from './support/pin-values';

/** The platform a pin finding belongs to, from its file kind. */
const PLATFORM_OF: Partial<Record<FileKind, string>> = {
  kotlin: 'Android',
  java: 'Android',
  groovy: 'Android',
  xml: 'Android',
  swift: 'iOS',
  objc: 'iOS',
  plist: 'iOS',
  dart: 'Flutter',
  javascript: 'JavaScript',
  typescript: 'JavaScript',
  csharp: '.NET',
  go: 'Go',
  python: 'Python',
};

/** The pins one pin configuration (one pin rule: OkHttp, NSC, NSPinnedDomains, TrustKit, …) gives a host. */
interface PlatformPins {
  /** For messages: the platform and the rule that found the pins, e.g. `Android [nsc-pin-set]`. */
  platform: string;
  /** The first finding that pins the host on this platform: where the report goes. */
  at: Finding;
  files: Set<string>;
  pins: Set<string>;
}

/** The same host pinned with different pin sets on two platforms of one workspace. */
export const pinCrossPlatformMismatch: WorkspaceRule = {
  meta: {
    id: 'pin-cross-platform-mismatch',
    title: 'Same host pinned with different pins on two platforms or in two pin configurations',
    category: 'pin-health',
    severity: 'warning',
    fileKinds: [],
    keywords: [],
    fixable: false,
    docs: [
      'A workspace check: compares the SHA-256 pins that each pin configuration of the workspace gives a host (OkHttp `CertificatePinner` and network security config on Android, `NSPinnedDomains` and TrustKit on iOS, Flutter, JavaScript, .NET, …) and flags a host whose pin sets differ between two of them. Reported once per configuration, on the first place that pins the host there. Runs at the end of a CLI scan and of the editor\'s workspace scan.',
      '',
      '**Why it matters.** Apps that talk to one server must accept the same keys. Pin sets that differ mean one platform (or one of two configurations that both apply, such as a `CertificatePinner` and a network security config) was not updated at the last rotation, or pins a key the server no longer uses: when the server key changes, one keeps working while the other fails every connection, and support sees an outage on one platform only.',
      '',
      '**What to do.** Deliver pins at runtime from one place with dynamic pinning, so every platform gets the same current pins. Until then, give every platform the same pin set, including the backup pins.',
    ].join('\n'),
  },
  detect() {
    // Workspace check: see checkWorkspace.
  },
  checkWorkspace(context) {
    const byHost = new Map<string, Map<string, PlatformPins>>();
    for (const finding of context.pins) {
      const kind = fileKindOf(finding.file);
      const platform = kind && PLATFORM_OF[kind];
      if (!platform || !finding.host || !finding.pins?.length) continue;
      const source = `${platform} [${finding.ruleId}]`;
      const pins = finding.pins.filter((p) => p.startsWith('sha256/')).map(comparablePin);
      if (pins.length === 0) continue;
      for (const host of splitHosts(finding.host)) {
        const platforms = byHost.get(host) ?? new Map<string, PlatformPins>();
        byHost.set(host, platforms);
        const entry = platforms.get(source) ?? { platform: source, at: finding, files: new Set<string>(), pins: new Set<string>() };
        platforms.set(source, entry);
        entry.files.add(finding.file);
        for (const pin of pins) entry.pins.add(pin);
      }
    }
    const reported = new Set<string>();
    for (const [host, platforms] of byHost) {
      if (platforms.size < 2) continue;
      const entries = [...platforms.values()];
      for (const entry of entries) {
        const others = entries.filter((o) => o !== entry && !sameSet(o.pins, entry.pins));
        if (others.length === 0) continue;
        // One report per finding: a finding for several hosts names them all in one message.
        const key = `${entry.at.file}\0${entry.at.offset}\0${host}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const other = others[0];
        const onlyHere = [...entry.pins].filter((p) => !other.pins.has(p));
        const onlyThere = [...other.pins].filter((p) => !entry.pins.has(p));
        const shared = entry.pins.size - onlyHere.length;
        context.report({
          at: entry.at,
          host,
          pins: [...entry.pins],
          message:
            `\`${host}\` is pinned differently on ${entry.platform} (${count(entry.pins.size)}) and on ${other.platform} (${count(other.pins.size)}, in ${[...other.files].join(', ')})` +
            `${shared === 0 ? ', with no pin in common' : ''}: ${describeDifference(onlyHere, onlyThere, other.platform)}. ` +
            'When the server key changes, one keeps working while the other fails to connect. Give every platform and configuration the same pins, or deliver them at runtime with dynamic pinning.',
        });
      }
    }
  },
};

function splitHosts(host: string): string[] {
  return host
    .split(',')
    .map((h) => h.trim().toLowerCase().replace(/\.$/, ''))
    .filter(Boolean);
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function count(n: number): string {
  return n === 1 ? '1 pin' : `${n} pins`;
}

function describeDifference(onlyHere: string[], onlyThere: string[], otherPlatform: string): string {
  const parts: string[] = [];
  if (onlyHere.length) parts.push(`only here: ${onlyHere.map((p) => `\`${shortPin(p)}\``).join(', ')}`);
  if (onlyThere.length) parts.push(`only on ${otherPlatform}: ${onlyThere.map((p) => `\`${shortPin(p)}\``).join(', ')}`);
  return parts.join('; ');
}
