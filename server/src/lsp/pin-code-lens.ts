/** A CodeLens over each pin set: how many pins, whether there is a backup, and the last live check. */
import type { CodeLens } from 'vscode-languageserver/node';
import { liveVerdict, pinSetsOf, type Finding } from '../engine';
import type { PinIndex } from './pin-index';

export const VERIFY_COMMAND = 'pinHygiene.verifyLivePins';

export function pinCodeLenses(findings: readonly Finding[], pins: PinIndex): CodeLens[] {
  return pinSetsOf(findings).map((set) => {
    const count = set.pins!.length;
    const parts = [`${set.host}: ${count === 1 ? '1 pin' : `${count} pins`}`, count > 1 ? 'backup present' : 'no backup pin'];
    const check = pins.checks.get(set.host!);
    if (check) {
      const verdict = liveVerdict(set.pins!, check);
      parts.push(`${verdict.ok ? '✓' : '✗'} ${verdict.text} (checked ${check.checkedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC)`);
    } else {
      parts.push('not verified live');
    }
    const line = set.line - 1;
    return {
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      command: { title: parts.join(' · '), command: VERIFY_COMMAND, arguments: [] },
    };
  });
}
