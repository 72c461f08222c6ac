/** Wording shared by the live pin checks. */
import type { ChainCertificate } from '../../pins/chain';

/** `leaf CN=api.example.com`, or the subject when it has no common name. */
export function certificateLabel(certificate: ChainCertificate): string {
  return `${certificate.role} ${certificate.commonName ? `CN=${certificate.commonName}` : certificate.subject}`;
}

/** The served chain in a few words: `leaf CN=a → intermediate CN=b`. */
export function describeServed(chain: readonly ChainCertificate[]): string {
  return chain.length === 0 ? 'no certificates' : chain.map(certificateLabel).join(' → ');
}
