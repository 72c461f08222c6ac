import type { Rule } from '../rule';
import { attribute, childElements, trimmedTextRange } from '../xml/xml-document';
import { domainsOf, networkSecurityConfigRoot, NSC_ROOT } from './support/network-security-config';
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
    fixable: false,
    docs: [
      'Flags each `<pin-set>` inside a `<domain-config>` of an Android network security config.',
      '',
      '**Why it matters.** These pins ship inside the APK. When the server key rotates, every installed app that has not updated refuses to connect to the pinned domains until the user updates (or, with an `expiration`, silently stops pinning after that date). Anyone who unpacks the APK can read or patch them.',
      '',
      '**What to do.** Remove the `<pin-set>` (keep the `<domain-config>` for its other settings) and let a dynamic pinning SDK supply the pins at runtime, so they can be rotated without a release.',
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
