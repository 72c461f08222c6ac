import type { Fix, TextEdit } from '../findings';
import type { CodeView } from '../lexer/code-view';
import type { Rule } from '../rule';
import { enclosingListItem } from './support/code-fixes/list-items';
import { endOfLine, mergeEdits, nextLineStart, startOfLine } from './support/code-fixes/removal';
import { propertyRemoval, statementRemoval } from './support/code-fixes/settings';
import { valueSites, wordAt, type ValueSite } from './support/value-sites';

/** Go `tls.Config{InsecureSkipVerify: true}` or `cfg.InsecureSkipVerify = true`. */
export const goInsecureSkipVerify: Rule = {
  meta: {
    id: 'go-insecure-skip-verify',
    title: 'Go TLS config with InsecureSkipVerify: true',
    category: 'tls',
    severity: 'error',
    fileKinds: ['go'],
    keywords: ['InsecureSkipVerify'],
    fixable: true,
    aliases: ['G402'],
    docs: [
      'Flags `InsecureSkipVerify: true` in a `tls.Config` literal and `config.InsecureSkipVerify = true` assignments. A value read from a flag or configuration (`InsecureSkipVerify: *insecure`) and commented-out code are not flagged.',
      '',
      '**Why it matters.** With `InsecureSkipVerify` the client accepts any certificate chain and any host name, so anyone on the network path can read and change the traffic (man-in-the-middle). The Go documentation says it should be used only for testing or with a custom `VerifyConnection`.',
      '',
      '**What to do.** Remove it. To trust a private CA, add it to `RootCAs` (an `x509.CertPool`); to pin, check the peer\'s SPKI hash in `VerifyPeerCertificate` with pins delivered at runtime.',
      '',
      '**Quick fix.** Removes the field from the `tls.Config` literal (realigning the other fields as gofmt does) or the `cfg.InsecureSkipVerify = true` statement.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    for (const site of valueSites(view, ['InsecureSkipVerify'])) {
      if (site.operator === '+=' || wordAt(view.masked, site.valueStart) !== 'true') continue;
      context.report({
        start: site.nameStart,
        end: site.nameEnd,
        message:
          '`InsecureSkipVerify: true` turns off certificate chain and host name verification: anyone on the network path can intercept and change the traffic (man-in-the-middle). ' +
          'Remove it; trust a private CA through RootCAs instead.',
        fixes: removalFix(view, site),
      });
    }
  },
};

function removalFix(view: CodeView, site: ValueSite): Fix[] {
  const valueEnd = site.valueStart + 'true'.length;
  let edits = site.operator === ':' ? propertyRemoval(view, site, valueEnd) : statementRemoval(view, 'go', site, valueEnd);
  if (edits && site.operator === ':') edits = mergeEdits([...edits, ...realignment(view, site)]);
  return edits?.length ? [{ title: 'Remove InsecureSkipVerify (default certificate verification)', preferred: true, edits }] : [];
}

const FIELD_LINE = /^([ \t]*)([A-Za-z_]\w*):([ \t]+)(\S.*)$/;

/**
 * gofmt aligns the values of consecutive `Key: value` lines; when the removed field was the longest
 * key of its run, the others move left. Edits only the padding of lines that stay.
 */
function realignment(view: CodeView, site: ValueSite): TextEdit[] {
  const { text, masked } = view;
  const item = enclosingListItem(view, site.nameStart);
  if (!item) return [];
  const removedLine = startOfLine(text, site.nameStart);
  const fieldAt = (lineStart: number): { key: string; padStart: number; padEnd: number; valueColumn: number } | undefined => {
    const lineEnd = endOfLine(text, lineStart);
    const m = FIELD_LINE.exec(masked.slice(lineStart, lineEnd));
    if (!m || m[1] !== FIELD_LINE.exec(masked.slice(removedLine, endOfLine(text, removedLine)))?.[1]) return undefined;
    const padStart = lineStart + m[1].length + m[2].length + 1;
    return { key: m[2], padStart, padEnd: padStart + m[3].length, valueColumn: m[1].length + m[2].length + 1 + m[3].length };
  };
  const removed = fieldAt(removedLine);
  if (!removed) return [];
  const run = [removed];
  const lines = [removedLine];
  for (let at = removedLine; at > item.open; ) {
    const previous = startOfLine(text, at - 1);
    const field = previous > item.open ? fieldAt(previous) : undefined;
    if (!field) break;
    run.unshift(field);
    lines.unshift(previous);
    at = previous;
  }
  for (let at = nextLineStart(text, endOfLine(text, removedLine)); at < item.close; at = nextLineStart(text, endOfLine(text, at))) {
    const field = fieldAt(at);
    if (!field) break;
    run.push(field);
    lines.push(at);
  }
  const stays = run.filter((f) => f !== removed);
  if (stays.length === 0 || !run.every((f) => f.valueColumn === removed.valueColumn)) return [];
  const width = Math.max(...stays.map((f) => f.key.length));
  return stays
    .map((f) => ({ start: f.padStart, end: f.padEnd, newText: ' '.repeat(width - f.key.length + 1) }))
    .filter((e) => e.end - e.start !== e.newText.length);
}
