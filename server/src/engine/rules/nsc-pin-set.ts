import type { Fix } from '../findings';
import type { Rule } from '../rule';
import { attribute, childElements, descendants, trimmedTextRange, type XmlElement } from '../xml/xml-document';
import { finishEdits } from './support/fix-text';
import { domainsOf, networkSecurityConfigRoot, NSC_ROOT } from './support/network-security-config';
import { elementRemovalWithComments } from './support/xml-edits';
import { canonicalPin, pinCount } from './support/pins';

/** Static `<pin-set>` pins in an Android network security config. */
export const nscPinSet: Rule = {
  meta: {
    id: 'nsc-pin-set',
    title: 'Certificate pins hardcoded in network_security_config.xml',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['xml'],
    keywords: ['pin-set'],
    fixable: true,
    docs: [
      'Flags each `<pin-set>` inside a `<domain-config>` of an Android network security config.',
      '',
      '**Why it matters.** These pins ship inside the APK. When the server key rotates, every installed app that has not updated refuses to connect to the pinned domains until the user updates (or, with an `expiration`, silently stops pinning after that date). Anyone who unpacks the APK can read or patch them.',
      '',
      '**What to do.** Remove the `<pin-set>` (keep the `<domain-config>` for its other settings) and let a dynamic pinning SDK supply the pins at runtime, so they can be rotated without a release.',
      '',
      "**Quick fix.** Removes the `<pin-set>` (with the comment lines right above it that speak of pins) and keeps the `<domain-config>` with its domains, attributes and trust anchors; a `<domain-config>` left with only `<domain>` children is valid and still applies its inherited settings. A TrustKit `<trustkit-config>` of the same domain (and of nested domain-configs that inherited these pins) goes too: it only configures the enforcement and reporting of the removed pins. Apply it together with the app's move to the SDK (`ApproovService`), and add the domain to the SDK's configuration (`approov api -add <domain>`), otherwise the domain is left unpinned.",
    ].join('\n'),
  },
  detect(context) {
    const root = networkSecurityConfigRoot(context);
    if (!root) return;
    const visit = (element: typeof root): void => {
      for (const child of element.children) {
        if (child.name === 'pin-set' && element.name === 'domain-config') {
          const hosts = domainsOf(element);
          const pinElements = childElements(child, 'pin');
          const pins = pinElements.map((pin) => canonicalPin(attribute(pin, 'digest')?.value ?? 'SHA-256', pin.text));
          const expirationAttribute = attribute(child, 'expiration');
          const expiration = expirationAttribute?.value;
          const host = hosts.join(', ') || '(no domain)';
          context.report({
            fixes: [pinSetRemoval(context.text, element, child, host)],
            start: child.start,
            end: child.startTagEnd,
            host,
            pins,
            pinRanges: pinElements.map((pin) => trimmedTextRange(context.text, pin)),
            expiration: expirationAttribute
              ? { value: expirationAttribute.value, start: expirationAttribute.valueStart, end: expirationAttribute.valueEnd }
              : null,
            message:
              `Certificate pins for \`${host}\` are hardcoded in the network security config (${pinCount(pins)}` +
              (expiration ? `, expiring ${expiration}` : ', no expiration') +
              '). When the server key rotates, installed apps that have not updated cannot connect, and the pins are readable in the APK. ' +
              'Remove the <pin-set> and deliver pins at runtime with dynamic pinning.',
          });
        }
        if (child.name !== NSC_ROOT) visit(child);
      }
    };
    visit(root);
  },
};

/** Removes `pinSet` from `domainConfig`, with the TrustKit settings that only concern its pins. */
function pinSetRemoval(text: string, domainConfig: XmlElement, pinSet: XmlElement, host: string): Fix {
  const edits = [elementRemovalWithComments(text, pinSet, (comment) => /\bpin/i.test(comment))];
  const inheriting = [domainConfig, ...descendants(domainConfig, 'domain-config').filter((d) => inheritsPinsOf(d, domainConfig))];
  for (const config of inheriting) {
    for (const trustkit of childElements(config, 'trustkit-config')) edits.push(elementRemovalWithComments(text, trustkit, (comment) => /trustkit|report|pin/i.test(comment)));
  }
  return {
    title: `Remove the <pin-set> of ${host} (the dynamic pinning SDK supplies its pins)`,
    preferred: true,
    edits: finishEdits(text, edits) ?? edits.slice(0, 1),
  };
}

/** Whether a nested domain-config takes its pins from `ancestor` (neither it nor a config between them has a pin-set). */
function inheritsPinsOf(nested: XmlElement, ancestor: XmlElement): boolean {
  for (let e: XmlElement | undefined = nested; e && e !== ancestor; e = e.parent) {
    if (e.name === 'domain-config' && childElements(e, 'pin-set').length > 0) return false;
  }
  return true;
}
