import type { PinReport, Rule, TextRange } from '../rule';
import { analyzePin, comparablePin, isPlaceholderDigest, shortPin } from './support/pin-values';

/** A host pinned to a single key: no backup pin to rotate to. */
export const pinNoBackup: Rule = {
  meta: {
    id: 'pin-no-backup',
    title: 'Only one pin for a host (no backup pin)',
    category: 'pin-health',
    severity: 'warning',
    fileKinds: [],
    keywords: [],
    fixable: false,
    aliases: ['MissingBackupPin'],
    docs: [
      'Checks every host that a pin rule finds pinned, on any platform: flags a host whose pins in the file (across all its `add` calls or `<pin>` elements) hold only one distinct valid pin. Duplicates and placeholder pins (all bytes equal, written only to satisfy a two-pin rule) do not count as backups. Hosts with a malformed pin are left to `pin-malformed`. The finding is on the lone pin itself when its pin rule knows where it is written (in a constant or array, that is where), otherwise on the pin call or pin set.',
      '',
      '**Why it matters.** With a single pin there is no second key the app accepts. When the server key is rotated, lost or revoked, every installed copy fails every connection to the host until users install an update. TrustKit refuses to start with fewer than two pins for this reason.',
      '',
      '**What to do.** Add a backup pin: the hash of a spare key kept offline, or of the issuing CA\'s key. Better, deliver pins at runtime with dynamic pinning, so a rotation needs no release.',
    ].join('\n'),
  },
  detect() {
    // Runs on other rules' pin reports only (checkPins).
  },
  checkPins(reports, context) {
    const byHost = new Map<string, PinReport[]>();
    for (const report of reports) {
      const key = `${report.ruleId}\0${report.host}`;
      byHost.set(key, [...(byHost.get(key) ?? []), report]);
    }
    for (const group of byHost.values()) {
      const valid = new Set<string>();
      const placeholders: string[] = [];
      let written = 0;
      let malformed = 0;
      for (const report of group) {
        for (const pin of report.pins) {
          written++;
          const analysis = analyzePin(pin);
          if (!analysis?.digest) {
            malformed++; // pin-malformed reports it; once fixed it may well be the backup
            continue;
          }
          if (isPlaceholderDigest(analysis.digest)) placeholders.push(pin);
          else valid.add(comparablePin(pin));
        }
      }
      if (valid.size !== 1 || malformed > 0) continue;
      const [first] = group;
      const host = first.host || 'this host';
      const [pin] = valid;
      // Point at the lone pin itself when its place is known, so the user sees which pin lacks a backup.
      const at = lonePinRange(group, pin) ?? first;
      const extra = placeholders.length > 0
        ? ` (the other, \`${shortPin(placeholders[0])}\`, is a placeholder that matches no key)`
        : written > 1
          ? ' (the same pin is listed more than once)'
          : '';
      context.report({
        start: at.start,
        end: at.end,
        host: first.host,
        pins: [pin],
        message:
          `\`${host}\` is pinned to a single key${extra}: there is no backup pin. ` +
          'When that key is rotated or lost, every installed app that has not updated fails to connect. ' +
          'Add a backup pin (a spare key or the issuing CA), or deliver pins at runtime with dynamic pinning.',
      });
    }
  },
};

/** Where the first written copy of `pin` is, when its pin rule told (`Report.pinRanges`). */
function lonePinRange(group: readonly PinReport[], pin: string): TextRange | undefined {
  for (const report of group) {
    const index = report.pins.findIndex((p) => comparablePin(p) === pin);
    if (index !== -1) return report.pinRanges?.[index];
  }
  return undefined;
}
