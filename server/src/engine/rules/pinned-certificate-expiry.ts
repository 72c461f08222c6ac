import type { Rule } from '../rule';
import { readCertificates, type BundledCertificate } from './support/certificates';
import { daysUntil, formatDay, inDays } from './support/pin-health-dates';

/**
 * Folders whose files never ship in an app: unit and instrumentation test source sets, Xcode test
 * targets, JS test folders, test data. Expired certificates there are usually deliberate.
 */
const TEST_FOLDER = /(?:^|[/\\])(?:src[/\\](?:test|androidTest)\w*|tests?|__tests__|__mocks__|testdata|test-?fixtures|spec|\w+Tests)[/\\]/;

/** Bundled certificate files (.cer, .der, .pem, .crt) that are expired or about to expire. */
export const pinnedCertificateExpiry: Rule = {
  meta: {
    id: 'pinned-certificate-expiry',
    title: 'Bundled certificate file expired or expiring soon',
    category: 'pin-health',
    severity: 'warning',
    fileKinds: ['certificate'],
    keywords: [],
    fixable: false,
    docs: [
      'Reads certificate files bundled with the app (`.cer`, `.der`, `.pem`, `.crt`, DER or PEM, in `res/raw`, `assets`, iOS bundles or any other folder outside test folders) and flags each certificate that has expired (error) or expires within the warning window (warning; 30 days by default, `expiryWarningDays`).',
      '',
      '**Why it matters.** Apps bundle certificates to pin them (AFNetworking and Alamofire certificate pinning, Flutter `SecurityContext`, OkHttp or `HttpsURLConnection` trust stores built from `res/raw`). When the certificate expires the server must present a new one, which the installed apps do not know, so every connection to that server fails until users update.',
      '',
      '**What to do.** Replace the bundled certificate with dynamic pinning (pins delivered at runtime by an SDK). If a file must stay, pin a long-lived CA rather than the server certificate, and ship its successor well before it expires.',
    ].join('\n'),
  },
  detect(context) {
    if (TEST_FOLDER.test(context.path) || !context.bytes) return;
    for (const certificate of readCertificates(context.bytes, context.text)) {
      const days = daysUntil(certificate.notAfter, context.expiry.now);
      if (days >= context.expiry.warningDays) continue;
      const expired = days < 0 || certificate.notAfter.getTime() <= context.expiry.now.getTime();
      context.report({
        start: certificate.start,
        end: certificate.end,
        host: certificate.hosts.join(', ') || certificate.subject,
        pins: [certificate.pin],
        severity: expired ? 'error' : 'warning',
        message: messageFor(certificate, expired, days),
      });
    }
  },
};

function messageFor(certificate: BundledCertificate, expired: boolean, days: number): string {
  const who = `\`${certificate.subject || '(no subject)'}\`${certificate.isCA ? ' (a CA certificate)' : ''}`;
  const when = expired
    ? `expired on ${formatDay(certificate.notAfter)}`
    : `expires on ${formatDay(certificate.notAfter)} (${inDays(days)})`;
  const impact = expired
    ? 'If the app pins or trusts it, connections to that server already fail, or the server has moved to a certificate the app does not know.'
    : 'After that the server must present a new certificate, which installed apps that pin this one do not know, so their connections fail.';
  const action = expired
    ? 'Deliver pins at runtime with dynamic pinning, or replace the file with the server\'s current certificate (better: a long-lived CA).'
    : 'Deliver pins at runtime with dynamic pinning, or ship the successor certificate before this one expires.';
  return `The bundled certificate ${who} ${when}. ${impact} ${action}`;
}
