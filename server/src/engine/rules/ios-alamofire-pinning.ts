import type { Rule } from '../rule';
import { evaluatorSites } from './support/alamofire';

/** Alamofire trust evaluators that pin bundled certificates or public keys. */
export const iosAlamofirePinning: Rule = {
  meta: {
    id: 'ios-alamofire-pinning',
    title: 'Certificates or keys pinned in an Alamofire ServerTrustManager',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['swift'],
    keywords: ['PinnedCertificatesTrustEvaluator', 'PublicKeysTrustEvaluator', 'pinCertificates', 'pinPublicKeys', 'ServerTrustManager'],
    fixable: false,
    docs: [
      'Flags Alamofire 5 `PinnedCertificatesTrustEvaluator(…)` / `PublicKeysTrustEvaluator(…)` (and the `.pinnedCertificates()` / `.publicKeys()` shorthands in a `ServerTrustManager(evaluators:)` dictionary) and Alamofire 4 `.pinCertificates(…)` / `.pinPublicKeys(…)` policies. The host is the dictionary key the evaluator is registered under. The pinned certificates are files bundled with the app, so the finding lists no pin hashes.',
      '',
      '**Why it matters.** The pinned certificates or keys ship inside the app bundle (by default every `.cer`/`.der` file in it). When the server certificate or key is replaced, every installed copy that has not updated fails every request to the host; anyone who unpacks the IPA can read them.',
      '',
      '**What to do.** Use dynamic pinning: replace `Session(serverTrustManager:)` with `ApproovSession()` (module `ApproovAFSession`), drop the pinned evaluators and the bundled certificates, and let the SDK supply pins at runtime.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    for (const site of evaluatorSites(view)) {
      if (site.kind === 'disabled') continue;
      const what = site.kind === 'public-keys' ? 'public keys' : 'certificates';
      context.report({
        start: site.start,
        end: site.end,
        host: site.host,
        pins: [],
        message:
          `Alamofire pins bundled ${what}${site.host.startsWith('(') ? '' : ` for \`${site.host}\``}. When the server certificate or key is replaced, installed apps that have not updated fail every request to the host, and the pinned ${what} can be read from the app bundle. ` +
          'Use dynamic pinning (ApproovSession) instead of a static ServerTrustManager evaluator.',
      });
    }
  },
};
