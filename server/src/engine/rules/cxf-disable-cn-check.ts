import type { Fix } from '../findings';
import type { Report, Rule } from '../rule';
import { attribute, type XmlElement } from '../xml/xml-document';
import { skipSpace } from './support/code-syntax';
import { callDeletion, chainStartBefore, dotBefore, jvmSource, statementDeletion } from './support/jvm-edits';
import { closingOf, jvmCode } from './support/jvm-syntax';
import { attributeRemoval, attributeValueEdit } from './support/xml-edits';

const MESSAGE =
  'Apache CXF is told not to check that the server certificate was issued for the host it connects to (disableCNCheck), so any valid certificate for another domain (which an attacker can get for free) is accepted: anyone on the network path can intercept and change the traffic (man-in-the-middle). ' +
  "Remove disableCNCheck and fix the certificate's names instead.";

/** Deepest XML nesting walked; CXF configurations are shallow. */
const MAX_DEPTH = 64;

/**
 * Apache CXF `TLSClientParameters` with the host name (CN) check turned off: `setDisableCNCheck(true)`,
 * Kotlin `isDisableCNCheck = true`, and `disableCNCheck="true"` in a CXF/Spring XML configuration.
 */
export const cxfDisableCnCheck: Rule = {
  meta: {
    id: 'cxf-disable-cn-check',
    title: 'Apache CXF host name check turned off (disableCNCheck)',
    category: 'tls',
    severity: 'error',
    fileKinds: ['kotlin', 'java', 'xml'],
    keywords: ['DisableCNCheck', 'disableCNCheck'],
    fixable: true,
    docs: [
      'Flags Apache CXF `TLSClientParameters` whose host name check is off: `setDisableCNCheck(true)` in Java or Kotlin, the Kotlin property form `isDisableCNCheck = true`, and the `disableCNCheck="true"` attribute of `<http-conf:tlsClientParameters>` in a CXF or Spring XML configuration. `setDisableCNCheck(false)` and values computed at run time are not flagged.',
      '',
      '**Why it matters.** Certificate validation only proves that a trusted CA issued the certificate *to someone*; the CN/SAN check proves it was issued for the host you called. Without it, any valid certificate for any domain (free from public CAs) lets an attacker on the network path intercept and change the traffic.',
      '',
      "**What to do.** Remove `disableCNCheck`; fix the server certificate's names (add the host to its SAN) instead, or use a test host with a proper certificate.",
      '',
      '**Quick fix.** Deletes the `setDisableCNCheck(true)` / `isDisableCNCheck = true` statement or the XML attribute (the check is on by default); where the call is not a statement of its own, sets the value to `false` instead.',
    ].join('\n'),
  },
  detect(context) {
    if (context.kind === 'xml') {
      const root = context.xmlRoot();
      if (root) reportXml(context.text, root, context.report.bind(context), 0);
      return;
    }
    const code = jvmCode(context.code());
    const src = jvmSource(context);
    const masked = code.masked;
    const setter = /\bsetDisableCNCheck\s*\(/g;
    for (let m = setter.exec(masked); m; m = setter.exec(masked)) {
      const open = m.index + m[0].length - 1;
      const close = closingOf(code, open);
      if (close === -1 || close - open > 40 || masked.slice(open + 1, close).trim() !== 'true') continue;
      const valueAt = skipSpace(masked, open + 1);
      const deletion = callDeletion(src, { nameStart: m.index, end: close + 1 }, true);
      context.report({ start: m.index, end: close + 1, message: MESSAGE, fixes: fixes(deletion, valueAt) });
    }
    // Kotlin's property for `isDisableCNCheck()`/`setDisableCNCheck()`, alone (`apply { … }`) or on a receiver.
    const property = /\bisDisableCNCheck\s*=(?!=)/g;
    for (let m = property.exec(masked); m; m = property.exec(masked)) {
      const value = skipSpace(masked, m.index + m[0].length);
      if (!/^true\b/.test(masked.slice(value, value + 5))) continue;
      const dot = dotBefore(src, m.index);
      const deletion = statementDeletion(src, dot === -1 ? m.index : chainStartBefore(src, dot), value + 4);
      context.report({ start: m.index, end: value + 4, message: MESSAGE, fixes: fixes(deletion, value) });
    }
  },
};

/** Deleting the statement (preferred) and setting the value to `false`. */
function fixes(deletion: { start: number; end: number } | undefined, trueAt: number): Fix[] {
  const setFalse: Fix = { title: 'Set disableCNCheck to false', preferred: !deletion, edits: [{ start: trueAt, end: trueAt + 4, newText: 'false' }] };
  return deletion ? [{ title: 'Remove disableCNCheck (check host names)', preferred: true, edits: [{ ...deletion, newText: '' }] }, setFalse] : [setFalse];
}

function reportXml(text: string, element: XmlElement, report: (r: Report) => void, depth: number): void {
  if (depth > MAX_DEPTH) return;
  const disable = attribute(element, 'disableCNCheck');
  if (disable && disable.value.trim() === 'true') {
    report({
      start: disable.start,
      end: disable.valueEnd + 1,
      message: MESSAGE,
      fixes: [
        { title: 'Remove disableCNCheck (check host names)', preferred: true, edits: [attributeRemoval(text, disable)] },
        { title: 'Set disableCNCheck to "false"', edits: [attributeValueEdit(disable, 'false')] },
      ],
    });
  }
  for (const child of element.children) reportXml(text, child, report, depth + 1);
}
