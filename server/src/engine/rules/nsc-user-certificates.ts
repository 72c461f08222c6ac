import type { Fix, TextEdit } from '../findings';
import type { Rule } from '../rule';
import { attribute, childElements, descendants, hasAncestor, type XmlElement } from '../xml/xml-document';
import { networkSecurityConfigRoot } from './support/network-security-config';
import { appendChildLines, elementRemoval, indentUnit } from './support/xml-edits';

/** `<certificates src="user"/>` trusted in release builds (outside `<debug-overrides>`). */
export const nscUserCertificates: Rule = {
  meta: {
    id: 'nsc-user-certificates',
    title: 'User-installed CA certificates trusted in release builds',
    category: 'tls',
    severity: 'warning',
    fileKinds: ['xml'],
    keywords: ['certificates'],
    fixable: true,
    aliases: ['AcceptsUserCertificates'],
    docs: [
      'Flags `<certificates src="user"/>` in the `<trust-anchors>` of `<base-config>` or a `<domain-config>`, i.e. anywhere but `<debug-overrides>`.',
      '',
      '**Why it matters.** Any CA the device user (or malware, or an MDM profile) installs then becomes trusted for your traffic, which makes interception by a local proxy trivial in release builds.',
      '',
      '**What to do.** Move the user trust anchor into `<debug-overrides>` so it only applies to debuggable builds.',
      '',
      '**Quick fix.** Moves the element into `<debug-overrides><trust-anchors>` (creating them when missing, or only deleting it when they already trust user CAs). Another fix only deletes it. A `<trust-anchors>` left without any `<certificates>` is deleted too, so the config falls back to its default (system CAs) instead of trusting nothing.',
    ].join('\n'),
  },
  detect(context) {
    const root = networkSecurityConfigRoot(context);
    if (!root) return;
    for (const certificates of descendants(root, 'certificates')) {
      const src = attribute(certificates, 'src');
      if (src?.value.trim() !== 'user' || hasAncestor(certificates, 'debug-overrides')) continue;
      const scope = hasAncestor(certificates, 'base-config') ? 'for every host' : 'for this domain-config';
      context.report({
        start: src.start,
        end: src.valueEnd + 1,
        message:
          `User-installed CA certificates are trusted ${scope} in release builds: a CA added by the device user, an MDM profile or malware can intercept the traffic. ` +
          'Move <certificates src="user"/> into <debug-overrides>.',
        fixes: fixes(context.text, root, certificates),
      });
    }
  },
};

/** Moving the user trust anchor into `<debug-overrides>` (preferred), or deleting it. */
function fixes(text: string, root: XmlElement, certificates: XmlElement): Fix[] {
  const anchors = certificates.parent;
  if (!anchors || anchors.name !== 'trust-anchors') return [];
  // An empty <trust-anchors> trusts no CA at all: delete it so the inherited default (system CAs) applies,
  // and a <base-config> left with nothing in it goes too.
  let removed: XmlElement = certificates;
  if (anchors.children.every((c) => c === certificates || c.name !== 'certificates')) {
    const config = anchors.parent;
    removed = config?.name === 'base-config' && config.attributes.length === 0 && config.children.length === 1 ? config : anchors;
  }
  const removal = elementRemoval(text, removed);
  const remove: Fix = { title: 'Remove <certificates src="user"/>', edits: [removal] };
  const debug = childElements(root, 'debug-overrides')[0];
  const debugAnchors = debug && childElements(debug, 'trust-anchors')[0];
  if (debugAnchors && childElements(debugAnchors, 'certificates').some((c) => attribute(c, 'src')?.value.trim() === 'user')) {
    return [{ ...remove, title: 'Remove <certificates src="user"/> (<debug-overrides> already trusts user CAs)', preferred: true }];
  }
  const unit = indentUnit(text, root);
  const element = text.slice(certificates.start, certificates.end);
  let insertion: TextEdit;
  if (debugAnchors) insertion = appendChildLines(text, debugAnchors, unit, [element]);
  else if (debug) insertion = appendChildLines(text, debug, unit, ['<trust-anchors>', `${unit}${element}`, '</trust-anchors>']);
  else {
    const block = ['<debug-overrides>', `${unit}<trust-anchors>`, `${unit}${unit}${element}`, `${unit}</trust-anchors>`, '</debug-overrides>'];
    insertion = appendChildLines(text, root, unit, separatedByBlankLines(text, root) ? ['', ...block] : block);
  }
  if (insertion.start < removal.end && removal.start < insertion.end) return [remove];
  return [{ title: 'Move <certificates src="user"/> into <debug-overrides>', preferred: true, edits: [removal, insertion] }, remove];
}

/** Whether the root's children are separated by blank lines (the new block then is too). */
function separatedByBlankLines(text: string, root: XmlElement): boolean {
  const [first, second] = root.children;
  return !!first && !!second && /\n[ \t]*\r?\n/.test(text.slice(first.end, second.start));
}
