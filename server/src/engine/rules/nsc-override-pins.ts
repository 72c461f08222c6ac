import type { Fix } from '../findings';
import type { Rule } from '../rule';
import { attribute, childElements, descendants, hasAncestor, type XmlAttribute, type XmlElement } from '../xml/xml-document';
import { finishEdits } from './support/fix-text';
import { networkSecurityConfigRoot } from './support/network-security-config';
import { appendChildLines, attributeRemoval, commentsAbove, elementRemovalWithComments, indentUnit, isSelfClosing } from './support/xml-edits';

/** `<certificates overridePins="true">` outside `<debug-overrides>`: those CAs bypass every pin. */
export const nscOverridePins: Rule = {
  meta: {
    id: 'nsc-override-pins',
    title: 'Trust anchors that bypass certificate pinning in release builds',
    category: 'tls',
    severity: 'warning',
    fileKinds: ['xml'],
    keywords: ['overridePins'],
    fixable: true,
    docs: [
      'Flags `<certificates … overridePins="true"/>` in the `<trust-anchors>` of `<base-config>` or a `<domain-config>` of a network security config, i.e. anywhere but `<debug-overrides>`.',
      '',
      '**Why it matters.** A chain that ends at one of these trust anchors is accepted even when it matches none of the pins. With `src="user"` any CA the device user, an MDM profile or malware installs can intercept pinned traffic; with `src="system"` any public CA can, which makes the `<pin-set>` pointless.',
      '',
      '**What to do.** Remove `overridePins="true"`, or move the trust anchor into `<debug-overrides>` so that only debuggable builds accept a debugging proxy.',
      '',
      '**Quick fixes.** For `src="user"` (a debugging-proxy leftover), the preferred fix moves the `<certificates>` element, as written, into `<debug-overrides><trust-anchors>` (created when missing; nothing is added when it already trusts user CAs) and removes it from the release configuration; a `<trust-anchors>` left empty goes too, so the platform\'s default trust anchors apply instead of none. The other fix, and the only one for `src="system"` or a bundled CA, removes `overridePins="true"` so the pins apply to that anchor again (moving system CAs to debug-overrides would drop them from release builds).',
    ].join('\n'),
  },
  detect(context) {
    const root = networkSecurityConfigRoot(context);
    if (!root) return;
    for (const certificates of descendants(root, 'certificates')) {
      const override = attribute(certificates, 'overridePins');
      if (override?.value.trim() !== 'true' || hasAncestor(certificates, 'debug-overrides')) continue;
      const src = attribute(certificates, 'src')?.value.trim() ?? '';
      const who =
        src === 'user'
          ? 'any CA the device user, an MDM profile or malware installs'
          : src === 'system'
            ? 'any public CA the device trusts'
            : `any CA in \`${src || '(no src)'}\``;
      const scope = hasAncestor(certificates, 'base-config') ? 'for every host' : 'for this domain-config';
      context.report({
        fixes: src === 'user' ? [moveToDebugOverrides(context.text, root, certificates), overrideRemoval(context.text, override, false)] : [overrideRemoval(context.text, override, true)],
        start: override.start,
        end: override.valueEnd + 1,
        message:
          `overridePins="true" lets ${who} bypass certificate pinning ${scope} in release builds, so a proxy with such a certificate can intercept the pinned traffic. ` +
          'Remove overridePins or move this trust anchor into <debug-overrides>.',
      });
    }
  },
};

function overrideRemoval(text: string, override: XmlAttribute, preferred: boolean): Fix {
  return { title: 'Remove overridePins="true" (the pins apply to this trust anchor again)', preferred, edits: [attributeRemoval(text, override)] };
}

/** Moves a `<certificates src="user" overridePins="true"/>` of a release config into `<debug-overrides>`. */
function moveToDebugOverrides(text: string, root: XmlElement, certificates: XmlElement): Fix {
  const unit = indentUnit(text, root);
  const anchors = certificates.parent;
  const others = anchors ? childElements(anchors, 'certificates').filter((c) => c !== certificates) : [];
  const removed = anchors && anchors.name === 'trust-anchors' && others.length === 0 ? anchors : certificates;
  const edits = [elementRemovalWithComments(text, removed, () => removed === certificates)];
  // The element moves as written, with the comment lines that describe it.
  const moved = [...commentsAbove(text, certificates), text.slice(certificates.start, certificates.end).replace(/\s*\r?\n\s*/g, ' ')];
  const debug = childElements(root, 'debug-overrides')[0];
  const debugAnchors = debug && childElements(debug, 'trust-anchors')[0];
  let insertion;
  if (debugAnchors) {
    const trustsUser = childElements(debugAnchors, 'certificates').some((c) => attribute(c, 'src')?.value.trim() === 'user');
    if (!trustsUser && !isSelfClosing(text, debugAnchors)) insertion = appendChildLines(text, debugAnchors, unit, moved);
  } else if (debug) {
    if (!isSelfClosing(text, debug)) insertion = appendChildLines(text, debug, unit, ['<trust-anchors>', ...moved.map((line) => `${unit}${line}`), '</trust-anchors>']);
  } else {
    const spaced = root.children.length > 1 && /\n[ \t]*\r?\n/.test(text.slice(root.children[0].end, root.children[1].start));
    insertion = appendChildLines(text, root, unit, [...(spaced ? [''] : []), '<debug-overrides>', `${unit}<trust-anchors>`, ...moved.map((line) => `${unit}${unit}${line}`), `${unit}</trust-anchors>`, '</debug-overrides>']);
  }
  if (insertion) edits.push(insertion);
  return {
    title: 'Move this user-CA trust anchor into <debug-overrides> (debug builds only)',
    preferred: true,
    edits: finishEdits(text, edits) ?? edits,
  };
}
