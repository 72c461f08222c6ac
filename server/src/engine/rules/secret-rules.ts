/**
 * The `secret` rules: one rule per detector of `support/secrets/detectors.ts` (so each provider has
 * its own id, severity setting and docs) plus the generic key-name + entropy rule. Every message
 * shows the secret masked (`maskSecret`), never whole.
 */
import type { FileKind } from '../languages';
import { isCodeLanguage } from '../languages';
import { maskSecret } from '../redact';
import type { Rule, RuleContext } from '../rule';
import { GENERIC_SECRET, SECRET_DETECTORS, type SecretDetector } from './support/secrets/detectors';
import { secretFixes } from './support/secrets/fixes';
import { isGenericSecretValue, mayHoldGenericSecret } from './support/secrets/generic-values';
import { isLikelySecret, mayMatchAtKeywords, rawMatches, riskOf } from './support/secrets/matches';
import { secretSites, siteAt, type SecretSite } from './support/secrets/sites';

const TEXT_KINDS: readonly FileKind[] = [
  'java', 'kotlin', 'swift', 'objc', 'dart', 'javascript', 'typescript', 'csharp', 'go', 'python', 'groovy',
  'xml', 'plist', 'json', 'yaml', 'properties', 'env',
];

/** Git-ignored local files are where the fixes put secrets; secrets there are where they belong. */
const LOCAL_SECRET_FILE = /(?:^|[/\\])(?:local\.properties|\.env\.local|\.env\.[\w-]+\.local|Secrets\.xcconfig)$/;

function isLocalSecretFile(path: string): boolean {
  return LOCAL_SECRET_FILE.test(path);
}

function providerRule(detector: SecretDetector): Rule {
  const privateKey = detector.id === 'secret-private-key';
  return {
    meta: {
      id: detector.id,
      title: `${detector.description} embedded in the app`,
      category: 'secret',
      severity: detector.severity,
      // Private keys also sit in bundled .pem files, which are read as bytes.
      fileKinds: privateKey ? [...TEXT_KINDS, 'certificate'] : TEXT_KINDS,
      keywords: detector.keywords,
      recordKeywordOffsets: detector.matchStartsAtKeyword,
      fixable: !privateKey && detector.severity !== 'info',
      docs: providerDocs(detector),
    },
    // Keyword-anchored detectors are the ones with common keywords.
    mayReport: detector.matchStartsAtKeyword
      ? (file) => !isLocalSecretFile(file.path) && mayMatchAtKeywords(detector, file.view, file.exact, file.keywordOffsets)
      : undefined,
    detect(context) {
      if (isLocalSecretFile(context.path)) return;
      for (const match of rawMatches(detector, context.text)) {
        if (!isLikelySecret(detector, match.secret)) continue;
        const { severity, risk } = riskOf(detector, match.secret, context.path);
        const site = privateKey || context.kind === 'certificate' ? undefined : siteAt(secretSites(context), match.start, match.end);
        const fixes = site && severity !== 'info' ? fixesFor(context, site, match.secret, detector.defaultName) : [];
        context.report({
          start: match.start,
          end: match.end,
          severity,
          message: message(detector.description, match.secret, risk, severity, site),
          fixes,
        });
      }
    },
  };
}

function message(description: string, secret: string, risk: string, severity: string, site: SecretSite | undefined): string {
  const named = site?.name ? ` (${site.name})` : '';
  const action =
    severity === 'info'
      ? ''
      : ' Revoke it, then deliver it at runtime (a secure string of the dynamic SDK) or keep it on a server.';
  return `${description} \`${maskSecret(secret)}\`${named} is embedded in the app, where anyone who unpacks it can read it: ${risk}.${action}`;
}

function fixesFor(context: RuleContext, site: SecretSite, secret: string, defaultName: string) {
  return secretFixes({
    kind: context.kind,
    path: context.path,
    text: context.text,
    masked: isCodeLanguage(context.kind) ? context.code().masked : undefined,
    site,
    secret,
    defaultName,
  });
}

function providerDocs(detector: SecretDetector): string {
  const variants = (detector.variants ?? []).map((v) => ` Reported as ${v.severity} when ${v.risk.split(',')[0].replace(/, so this is for your information$/, '')}.`).join('');
  return [
    `Flags a ${detector.description} (\`${detector.regex.source.length > 120 ? 'see the detector' : detector.regex.source.replace(/`/g, '\\`')}\`) in source code, resource XML, property lists, Gradle files, \`gradle.properties\`, \`.env\`, JSON and YAML. Placeholders (\`YOUR_API_KEY\`, \`xxxx\`, \`\${…}\`, \`@string/…\`) and low-entropy stand-ins are ignored. The message shows the key masked (first four characters and the length).`,
    '',
    `**Why it matters.** Anything compiled into an app can be read by whoever unpacks it: ${detector.risk}.${variants}`,
    '',
    `**What to do.** Revoke or rotate the key (${detector.rotate}). Then deliver it at runtime: the quick fix replaces the literal with \`ApproovService.fetchSecureString("<name>", null)\` (or the platform's equivalent), adds the SDK import and shows the \`approov secstrings -addKey <name> -predefinedValue …\` command to register it. The result compiles where the literal sits: Kotlin and Swift properties become getters, fetched on every read; Java gets a small helper that rethrows the checked \`ApproovException\`; Dart and JS/TS get \`await\`, so the fetch is offered only inside \`async\` code (elsewhere, use the placeholder fix and a substitution header). For \`gradle.properties\`, \`.env\`, \`buildConfigField\`, manifest \`meta-data\`, \`res/values\` strings and Info.plist it moves the value to a git-ignored local file instead. JSON and YAML configs get no fix.`,
  ].join('\n');
}

/** Offsets of every provider match of a file, so the generic rule leaves those values to their own rule. */
function providerRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const detector of SECRET_DETECTORS) {
    if (detector.keywords.some((k) => text.includes(k))) ranges.push(...rawMatches(detector, text));
  }
  return ranges;
}

/**
 * Test code is full of made-up credentials; the generic rule (a heuristic) leaves it alone, while
 * provider rules, whose formats are exact, still report keys there.
 */
const TEST_PATH = /(?:^|[/\\])(?:test|tests|androidTest|testDebug|__tests__|__mocks__|e2e|detox|UITests|[\w-]*Tests)(?:[/\\])|[._-](?:test|spec|e2e)\.[a-z]+$|Tests?\.(?:kt|java|swift|m|cs|dart)$|_test\.(?:go|py|dart)$|(?:^|[/\\])test_[\w-]+\.py$/;

/** A name that says the value is made up. */
const MADE_UP_NAME = /mock|fake|dummy|example|sample|test|placeholder/i;

export const genericSecret: Rule = {
  meta: {
    id: GENERIC_SECRET.id,
    title: 'Credential hardcoded under a key-like name (generic)',
    category: 'secret',
    severity: GENERIC_SECRET.severity,
    fileKinds: TEXT_KINDS,
    keywords: GENERIC_SECRET.keywords,
    fixable: true,
    docs: [
      'Flags a random-looking string (16 or more key characters, Shannon entropy of at least 3.5 bits per character, letters and digits) given a key-like name such as `api_key`, `apiSecret`, `clientSecret`, `token` or `password`, in code, resource XML, property lists, Gradle files, `gradle.properties`, `.env`, JSON and YAML. Values a provider rule recognises are left to that rule; placeholders, references (`${…}`, `@string/…`), identifiers, UUIDs and names that label something else (`tokenUrl`, `apiKeyHeader`) are ignored.',
      '',
      `**Why it matters.** ${GENERIC_SECRET.risk[0].toUpperCase()}${GENERIC_SECRET.risk.slice(1)}.`,
      '',
      '**What to do.** Find out which service the credential belongs to and revoke it. Deliver it at runtime instead (the quick fix uses `ApproovService.fetchSecureString` with the name as the placeholder and shows the `approov secstrings` command to register it), or move it to a git-ignored local file for build-time values.',
    ].join('\n'),
  },
  // Cheap: most files hold no random-looking value at all, so their named values need not be found.
  mayReport: (file) => !isLocalSecretFile(file.path) && !TEST_PATH.test(file.path) && mayHoldGenericSecret(file.view, file.kind),
  detect(context) {
    if (isLocalSecretFile(context.path) || TEST_PATH.test(context.path)) return;
    let providers: { start: number; end: number }[] | undefined;
    for (const site of secretSites(context)) {
      if (!site.name || !GENERIC_SECRET.keyName.test(site.name) || GENERIC_SECRET.notKeyName.test(site.name) || MADE_UP_NAME.test(site.name)) continue;
      const raw = context.text.slice(site.valueStart, site.valueEnd);
      const value = site.shape === 'gradle-field' && raw.startsWith('\\"') && raw.endsWith('\\"') ? raw.slice(2, -2) : raw;
      if (!isGenericSecretValue(value)) continue;
      const start = site.valueStart + raw.indexOf(value);
      const end = start + value.length;
      providers ??= providerRanges(context.text);
      if (providers.some((p) => p.start < end && start < p.end)) continue;
      context.report({
        start,
        end,
        message: message(GENERIC_SECRET.description, value, `${GENERIC_SECRET.risk}`, GENERIC_SECRET.severity, site),
        fixes: fixesFor(context, site, value, GENERIC_SECRET.defaultName),
      });
    }
  },
};

export const SECRET_RULES: readonly Rule[] = [...SECRET_DETECTORS.map(providerRule), genericSecret];
