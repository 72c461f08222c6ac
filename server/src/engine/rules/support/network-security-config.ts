/** Shared reading of Android `network_security_config.xml` documents. */
import type { RuleContext } from '../../rule';
import { childElements, type XmlElement } from '../../xml/xml-document';

export const NSC_ROOT = 'network-security-config';

/** The root element when the file is a network security config, else undefined. */
export function networkSecurityConfigRoot(context: RuleContext): XmlElement | undefined {
  const root = context.xmlRoot();
  return root?.name === NSC_ROOT ? root : undefined;
}

/** The host names a `<domain-config>` applies to (its own `<domain>` children). */
export function domainsOf(domainConfig: XmlElement): string[] {
  return childElements(domainConfig, 'domain').map((d) => d.text.trim()).filter(Boolean);
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '10.0.2.2', '10.0.3.2', '::1']);

/** Hosts that only exist on a developer machine or emulator, where cleartext or test CAs are harmless. */
export function isLocalDevelopmentHost(host: string): boolean {
  return LOCAL_HOSTS.has(host.toLowerCase()) || host.endsWith('.localhost') || host.endsWith('.local');
}
