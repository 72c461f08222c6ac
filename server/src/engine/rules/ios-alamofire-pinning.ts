import type { Fix } from '../findings';
import type { CodeView } from '../lexer/code-view';
import type { Rule } from '../rule';
import { evaluatorSites } from './support/alamofire';
import { alamofireMigration } from './support/alamofire-migration';

/** Alamofire trust evaluators that pin bundled certificates or public keys. */
export const iosAlamofirePinning: Rule = {
  meta: {
    id: 'ios-alamofire-pinning',
    title: 'Certificates or keys pinned in an Alamofire ServerTrustManager',
    category: 'pin',
    severity: 'warning',
    fileKinds: ['swift'],
    keywords: ['PinnedCertificatesTrustEvaluator', 'PublicKeysTrustEvaluator', 'pinCertificates', 'pinPublicKeys', 'ServerTrustManager'],
    fixable: true,
    docs: [
      'Flags Alamofire 5 `PinnedCertificatesTrustEvaluator(…)` / `PublicKeysTrustEvaluator(…)` (and the `.pinnedCertificates()` / `.publicKeys()` shorthands in a `ServerTrustManager(evaluators:)` dictionary) and Alamofire 4 `.pinCertificates(…)` / `.pinPublicKeys(…)` policies. The host is the dictionary key the evaluator is registered under. The pinned certificates are files bundled with the app, so the finding lists no pin hashes.',
      '',
      '**Why it matters.** The pinned certificates or keys ship inside the app bundle (by default every `.cer`/`.der` file in it). When the server certificate or key is replaced, every installed copy that has not updated fails every request to the host; anyone who unpacks the IPA can read them.',
      '',
      '**What to do.** Use dynamic pinning: replace `Session(serverTrustManager:)` with `ApproovSession()` (module `ApproovAFSession`), drop the pinned evaluators and the bundled certificates, and let the SDK supply pins at runtime.',
      '',
      '**Quick fix.** For an Alamofire 5 `ServerTrustManager(evaluators:)` whose dictionary is written inline or in a variable of the file: renames it `ApproovTrustManager(…)` and drops the entries of every pinned host (other evaluators stay; an emptied dictionary becomes `[:]`), turns each `Session(…, serverTrustManager: manager, …)` of the file into `ApproovSession(…)!` (its initialiser is failable but never fails) and adds `import ApproovAFSession`. `ApproovTrustManager` does not require every host to be evaluated unless `allHostsMustBeEvaluated: true` is written: hosts without an evaluator get default validation, and hosts added to the dynamic pinning service (`approov api -add <host>`) get its pins. A `Session` built with `session:` or with an interceptor that is not an `Interceptor(…)` keeps its type (ApproovSession does not take them); no fix is offered for Alamofire 4 policies, evaluators held in variables, or trust manager subclasses. Delete the bundled `.cer` files afterwards.',
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
        fixes: migrationFixes(view, site.valueStart),
        host: site.host,
        pins: [],
        message:
          `Alamofire pins bundled ${what}${site.host.startsWith('(') ? '' : ` for \`${site.host}\``}. When the server certificate or key is replaced, installed apps that have not updated fail every request to the host, and the pinned ${what} can be read from the app bundle. ` +
          'Use dynamic pinning (ApproovSession) instead of a static ServerTrustManager evaluator.',
      });
    }
  },
};

function migrationFixes(view: CodeView, valueStart: number): Fix[] {
  const migration = alamofireMigration(view, valueStart);
  if (!migration) return [];
  const hosts = migration.hosts.join(', ');
  const title = migration.session
    ? `Migrate to ApproovSession: drop the pinned evaluators of ${hosts} and use ApproovTrustManager (dynamic pinning)`
    : `Use ApproovTrustManager and drop the pinned evaluators of ${hosts} (dynamic pinning; create the session with ApproovSession)`;
  return [{ title, preferred: true, edits: migration.edits }];
}
