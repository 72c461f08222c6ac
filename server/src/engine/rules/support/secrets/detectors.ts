/**
 * Secret detectors as data, in the style of gitleaks rules: an id, what the secret is, a regex
 * whose first defined capture group is the secret, literal keywords for the prefilter, a minimum
 * entropy where it helps, and the severity with the reason for it. Every regex is linear or bounded
 * (fixed-length or capped quantifiers, character classes that cannot overlap across a separator).
 * The left boundary `(?<![…])` keeps a match from starting inside a longer token (base64 blobs,
 * hashes), the right boundary from ending inside one.
 */
import type { Severity } from '../../../findings';

export interface SecretDetector {
  /** Rule id: `secret-<provider>-<kind>`. */
  id: string;
  /** What the secret is, for messages and docs ("Stripe secret key"). */
  description: string;
  /** First defined capture group is the secret. No `g`/`y` flags (added when compiled). */
  regex: RegExp;
  /** Case-sensitive literals; a file without one of them is not searched. */
  keywords: readonly string[];
  /**
   * Every match begins with one of `keywords`: the regex is then tried only where a keyword occurs
   * (found natively), not at every position of the file. For detectors whose keywords are common.
   */
  matchStartsAtKeyword?: true;
  severity: Severity;
  /** Why this severity: the risk of this kind of key, said in every message. */
  risk: string;
  /** Minimum Shannon entropy (bits per character) of the secret without `prefix`; lower is a placeholder. */
  minEntropy?: number;
  /** The fixed part of the format, left out of entropy and placeholder checks (`sk_live_`). */
  prefix?: RegExp;
  /** Values that look like this secret but are known not to be one (documentation examples and the like). */
  allowlist?: readonly RegExp[];
  /** Placeholder name for the runtime secret when the code gives none (`google_api_key`). */
  defaultName: string;
  /** Docs: where the key is revoked or rotated. */
  rotate: string;
  /** Cases of lower (or higher) risk, checked in order; the first that applies sets severity and risk. */
  variants?: readonly SecretVariant[];
}

export interface SecretVariant {
  /** Applies when the secret matches this. */
  value?: RegExp;
  /** Applies when the file's name (after the last `/`) matches this. */
  fileName?: RegExp;
  /** Applies when the JWT payload has this claim with this value. */
  jwtClaim?: readonly [string, string];
  severity: Severity;
  risk: string;
}

/** Characters that may continue a token on either side; a match touching one is part of something longer. */
const L = String.raw`(?<![A-Za-z0-9_+/-])`;
const R = String.raw`(?![A-Za-z0-9_+/-])`;
/**
 * Between a key-like name and its value: `name = "`, `name: '`, `"name": "`, `name => '`, `name", "\"`
 * (Gradle buildConfigField), `name">` (XML attribute then text), `</key> <string>` (plist).
 */
const SEP = String.raw`(?:['"]?[ \t]{0,8}(?:=>|:=|[:=,])[ \t]{0,8}|['"]?[ \t]{0,8}>|</key>\s{0,40}<string>)(?:\\?['"]){0,2}`;

export const SECRET_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'secret-google-api-key',
    description: 'Google API key',
    regex: new RegExp(`${L}(AIza[0-9A-Za-z_-]{35})${R}`),
    keywords: ['AIza'],
    severity: 'warning',
    risk:
      'a key restricted to this app and to the APIs it needs (Maps, Places) is lower risk than a server secret, but an unrestricted key lets anyone run up your quota and bill',
    minEntropy: 3.5,
    prefix: /^AIza/,
    defaultName: 'google_api_key',
    variants: [
      {
        fileName: /^(?:google-services\.json|GoogleService-Info\.plist)$/,
        severity: 'info',
        risk: 'Firebase client configuration is meant to ship in the app, so this is for your information: restrict the key to your app (package name and signing certificate, or bundle ID) and to the Firebase APIs it uses',
      },
    ],
    rotate: 'Google Cloud console → APIs & Services → Credentials (regenerate, then restrict by app and API)',
  },
  {
    id: 'secret-firebase-server-key',
    description: 'Firebase Cloud Messaging server key',
    regex: new RegExp(`${L}(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})${R}`),
    keywords: [':APA91b'],
    severity: 'error',
    risk: 'a server key lets anyone send push notifications to every user of the app',
    minEntropy: 4,
    defaultName: 'fcm_server_key',
    rotate: 'Firebase console → Project settings → Cloud Messaging (delete the legacy key, move to the HTTP v1 API)',
  },
  {
    id: 'secret-aws-access-key-id',
    description: 'AWS access key ID',
    regex: new RegExp(`${L}((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})${R}`),
    keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
    severity: 'warning',
    risk: 'the ID alone names an IAM credential; next to its secret access key it signs requests as that IAM user',
    minEntropy: 3,
    prefix: /^A[A-Z]{3}/,
    allowlist: [/EXAMPLE$/],
    defaultName: 'aws_access_key_id',
    rotate: 'AWS IAM console → Users → Security credentials (deactivate and delete the access key)',
  },
  {
    id: 'secret-aws-secret-access-key',
    description: 'AWS secret access key',
    regex: new RegExp(String.raw`(?:aws|AWS|Aws)[\w.-]{0,24}?(?:secret|Secret|SECRET)[\w.-]{0,24}${SEP}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`),
    keywords: ['aws', 'AWS', 'Aws'],
    matchStartsAtKeyword: true,
    severity: 'error',
    risk: 'with its access key ID it signs any AWS request the IAM user may make',
    minEntropy: 4,
    allowlist: [/EXAMPLEKEY$/],
    defaultName: 'aws_secret_access_key',
    rotate: 'AWS IAM console → Users → Security credentials (deactivate and delete the access key)',
  },
  {
    id: 'secret-stripe-secret-key',
    description: 'Stripe secret or restricted key',
    regex: new RegExp(`${L}((?:sk|rk)_(?:live|test)_[0-9A-Za-z]{24,99})${R}`),
    keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
    severity: 'error',
    risk: 'a secret key can create charges, refunds and payouts and read every customer; it must only ever live on a server',
    minEntropy: 3.5,
    prefix: /^[a-z]{2}_(?:live|test)_/,
    defaultName: 'stripe_secret_key',
    variants: [
      {
        value: /^[a-z]{2}_test_/,
        severity: 'warning',
        risk: 'a test-mode key cannot move real money, but it reads and changes all test-mode data and marks the live key as likely to leak the same way',
      },
    ],
    rotate: 'Stripe dashboard → Developers → API keys (roll the key)',
  },
  {
    id: 'secret-stripe-publishable-key',
    description: 'Stripe publishable key',
    regex: new RegExp(`${L}(pk_(?:live|test)_[0-9A-Za-z]{24,99})${R}`),
    keywords: ['pk_live_', 'pk_test_'],
    severity: 'info',
    risk: 'publishable keys are designed to be public and can only create tokens, so this is for your information',
    minEntropy: 3.5,
    prefix: /^pk_(?:live|test)_/,
    defaultName: 'stripe_publishable_key',
    rotate: 'Stripe dashboard → Developers → API keys',
  },
  {
    id: 'secret-slack-token',
    description: 'Slack token',
    regex: new RegExp(`${L}(xox[abposr]-[0-9]{8,14}-[0-9A-Za-z-]{10,120}|xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{8,16}-[0-9a-f]{32,80})${R}`),
    keywords: ['xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-', 'xapp-'],
    severity: 'error',
    risk: 'a Slack token reads and posts as its bot or user in every channel it can reach',
    minEntropy: 3,
    prefix: /^x(?:ox[a-z]|app)-/,
    defaultName: 'slack_token',
    rotate: 'api.slack.com → Your apps → OAuth & Permissions (revoke and reinstall)',
  },
  {
    id: 'secret-slack-webhook',
    description: 'Slack incoming webhook URL',
    regex: /(https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9]{8,12}\/[A-Za-z0-9]{8,12}\/[A-Za-z0-9]{20,40})(?![A-Za-z0-9])/,
    keywords: ['hooks.slack.com'],
    severity: 'warning',
    risk: 'anyone with the URL can post messages into the channel (phishing from a trusted source)',
    minEntropy: 3,
    prefix: /^https:\/\/hooks\.slack\.com\/[a-z]+\//,
    defaultName: 'slack_webhook_url',
    rotate: 'api.slack.com → Your apps → Incoming Webhooks (remove and recreate the webhook)',
  },
  {
    id: 'secret-github-token',
    description: 'GitHub token',
    regex: new RegExp(`${L}(gh[pousr]_[0-9A-Za-z]{36}|github_pat_[0-9A-Za-z_]{82})${R}`),
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    severity: 'error',
    risk: 'a GitHub token acts as its owner on the repositories and organisations it can reach',
    minEntropy: 3.5,
    prefix: /^(?:gh[a-z]|github_pat)_/,
    defaultName: 'github_token',
    rotate: 'GitHub → Settings → Developer settings → Personal access tokens (delete the token)',
  },
  {
    id: 'secret-gitlab-token',
    description: 'GitLab token',
    regex: new RegExp(`${L}((?:glpat|gldt|glrt|glptt|glcbt|gloas)-[0-9A-Za-z_-]{20,64})${R}`),
    keywords: ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glcbt-', 'gloas-'],
    severity: 'error',
    risk: 'a GitLab token acts on the projects, registries or runners it is scoped to',
    minEntropy: 3.5,
    prefix: /^gl[a-z]{2,3}-/,
    defaultName: 'gitlab_token',
    rotate: 'GitLab → Preferences → Access tokens, or the project or runner settings (revoke the token)',
  },
  {
    id: 'secret-twilio-credential',
    description: 'Twilio API key or auth token',
    regex: new RegExp(
      `${L}(SK[0-9a-f]{32})${R}|(?:twilio|Twilio|TWILIO)[\\w.-]{0,24}?(?:token|Token|TOKEN)[\\w.-]{0,12}${SEP}([0-9a-f]{32})(?![0-9A-Za-z])`,
    ),
    keywords: ['SK', 'twilio', 'Twilio', 'TWILIO'],
    severity: 'error',
    risk: 'Twilio credentials send SMS and place calls billed to your account and read message logs',
    minEntropy: 3,
    prefix: /^SK(?=[0-9a-f]{32}$)/,
    defaultName: 'twilio_api_key',
    rotate: 'Twilio console → Account → API keys & tokens (delete the key, or rotate the auth token)',
  },
  {
    id: 'secret-sendgrid-api-key',
    description: 'SendGrid API key',
    regex: new RegExp(`${L}(SG\\.[0-9A-Za-z_-]{22}\\.[0-9A-Za-z_-]{43})${R}`),
    keywords: ['SG.'],
    severity: 'error',
    risk: 'a SendGrid key sends email from your verified domains (phishing that passes SPF and DKIM)',
    minEntropy: 3.5,
    prefix: /^SG\./,
    defaultName: 'sendgrid_api_key',
    rotate: 'SendGrid → Settings → API Keys (delete the key)',
  },
  {
    id: 'secret-mailgun-api-key',
    description: 'Mailgun API key',
    regex: new RegExp(`${L}(key-[0-9a-f]{32})${R}`),
    keywords: ['key-'],
    severity: 'error',
    risk: 'a Mailgun private key sends email from your domains and reads your mail logs',
    minEntropy: 3,
    prefix: /^key-/,
    defaultName: 'mailgun_api_key',
    rotate: 'Mailgun → Account settings → API security (rotate the key)',
  },
  {
    id: 'secret-mapbox-secret-token',
    description: 'Mapbox secret token',
    regex: new RegExp(`${L}(sk\\.eyJ[0-9A-Za-z_-]{20,400}\\.[0-9A-Za-z_-]{20,60})${R}`),
    keywords: ['sk.eyJ'],
    severity: 'error',
    risk: 'secret (sk.) tokens carry scopes public tokens must not have, such as uploads, styles and the Downloads API',
    minEntropy: 3.5,
    prefix: /^sk\./,
    defaultName: 'mapbox_secret_token',
    rotate: 'Mapbox account → Access tokens (delete the token; apps only need a public pk. token)',
  },
  {
    id: 'secret-openai-api-key',
    description: 'OpenAI API key',
    regex: new RegExp(`${L}(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})${R}`),
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'T3BlbkFJ'],
    severity: 'error',
    risk: 'an OpenAI key runs requests billed to your organisation and reads its files and assistants',
    minEntropy: 3.5,
    prefix: /^sk-(?:[a-z]+-)?/,
    defaultName: 'openai_api_key',
    rotate: 'platform.openai.com → API keys (revoke the key)',
  },
  {
    id: 'secret-anthropic-api-key',
    description: 'Anthropic API key',
    regex: new RegExp(`${L}(sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,120})${R}`),
    keywords: ['sk-ant-'],
    severity: 'error',
    risk: 'an Anthropic key runs requests billed to your organisation',
    minEntropy: 3.5,
    prefix: /^sk-ant-[a-z]+[0-9]{2}-/,
    defaultName: 'anthropic_api_key',
    rotate: 'console.anthropic.com → API keys (disable the key)',
  },
  {
    id: 'secret-llm-api-key',
    description: 'LLM provider API key (Groq, Hugging Face, xAI, Perplexity)',
    regex: new RegExp(`${L}(gsk_[A-Za-z0-9]{52}|hf_[A-Za-z]{34}|xai-[A-Za-z0-9]{80}|pplx-[A-Za-z0-9]{48})${R}`),
    keywords: ['gsk_', 'hf_', 'xai-', 'pplx-'],
    severity: 'error',
    risk: 'an inference key runs requests billed to your account',
    minEntropy: 3.5,
    prefix: /^[a-z]+[_-]/,
    defaultName: 'llm_api_key',
    rotate: "the provider's console → API keys (revoke the key)",
  },
  {
    id: 'secret-azure-storage-key',
    description: 'Azure storage account key',
    regex: new RegExp(
      String.raw`AccountKey=([A-Za-z0-9+/]{86}==)|(?:azure|Azure|AZURE|storage|Storage|STORAGE)[\w.-]{0,24}?(?:key|Key|KEY)[\w.-]{0,12}${SEP}([A-Za-z0-9+/]{86}==)`,
    ),
    keywords: ['AccountKey=', 'azure', 'Azure', 'AZURE', 'storage', 'Storage', 'STORAGE'],
    matchStartsAtKeyword: true,
    severity: 'error',
    risk: 'an account key gives full read, write and delete access to every blob, queue and table of the storage account',
    minEntropy: 4,
    defaultName: 'azure_storage_key',
    rotate: 'Azure portal → Storage account → Access keys (rotate the key; give apps short-lived SAS tokens instead)',
  },
  {
    id: 'secret-private-key',
    description: 'Private key',
    // The body holds base64, header lines (`Proc-Type: 4,ENCRYPTED`), `\n` escapes and string quotes,
    // never code: `"-----BEGIN…\n" + pem.replaceAll(…) + "-----END…"` builds a key rather than holding one.
    regex: /(-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s\\:,."'-]{40,16000}?-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----)/,
    keywords: ['PRIVATE KEY'],
    severity: 'error',
    risk: 'whoever unpacks the app holds the key and can impersonate the server or client it belongs to, or decrypt what it protects',
    defaultName: 'private_key',
    rotate: 'the system the key belongs to (issue a new key pair and revoke the certificate of this one)',
  },
  {
    id: 'secret-jwt',
    description: 'JSON Web Token',
    regex: new RegExp(`${L}(eyJ[A-Za-z0-9_-]{8,4096}\\.eyJ[A-Za-z0-9_-]{8,8192}\\.[A-Za-z0-9_-]{16,2048})${R}`),
    keywords: ['eyJ'],
    severity: 'warning',
    risk: 'a token compiled into the app is the same for every user and usually never expires, so it authenticates anyone who copies it',
    minEntropy: 3.5,
    defaultName: 'api_token',
    variants: [
      {
        jwtClaim: ['role', 'anon'],
        severity: 'info',
        risk: 'its role is `anon`, a public client key (as Supabase issues) that only grants what row-level security allows anonymous users, so this is for your information',
      },
    ],
    rotate: 'the service that issued it (revoke the token or rotate the signing key)',
  },
  {
    id: 'secret-basic-auth-url',
    description: 'Password in a URL',
    // Starts at the literal `://` (a scheme before it is not required): several times faster than
    // matching the scheme first, on files full of URLs that hold no credentials.
    regex: /:\/\/[^\s:@/'"`<>]{1,100}:([^\s:@/'"`<>]{3,200})@[A-Za-z0-9.-]{1,253}/,
    keywords: ['://'],
    matchStartsAtKeyword: true,
    severity: 'error',
    risk: 'the user name and password in the URL log in to that service as that user',
    allowlist: [/^(?:password|passwd|pass|pwd|secret|changeme|pw|\*+|x+|\.+)$/i, /^[$%{<]/],
    defaultName: 'service_password',
    rotate: 'the service the URL logs in to (change the password)',
  },
];

export const GENERIC_SECRET = {
  id: 'secret-generic-api-key',
  description: 'Hardcoded credential',
  severity: 'warning' as Severity,
  risk: 'it is the same in every copy of the app, so it cannot be revoked for one user, and whatever it unlocks is open to everyone',
  /** A value's name must contain one of these (case-insensitive) to be considered. */
  keyName: /(?:api[_.-]?key|apikey|api[_.-]?secret|secret|access[_.-]?key|auth[_.-]?key|private[_.-]?key|token|passw(?:or)?d|pwd|credential|client[_.-]?key)/i,
  /** …and not end like one of these: the name then labels something else (an URL, a header name, a length). */
  notKeyName: /(?:url|uri|endpoint|path|type|name|header|prefix|suffix|expir\w*|length|size|count|len|id|file|dir|alias|label|hint|field|param|key[_.-]?name|storage[_.-]?key|pref\w*|format|regex|pattern|policy|enabled|required|timeout)s?$/i,
  /** Shannon entropy per character of the value; random keys of 16+ characters sit well above it. */
  minEntropy: 3.5,
  minLength: 16,
  maxLength: 512,
  /** Characters of keys and tokens; anything else (spaces, most punctuation) means prose or code. */
  value: /^[A-Za-z0-9+/=_.~-]+$/,
  defaultName: 'api_key',
  keywords: [
    'key', 'Key', 'KEY', 'secret', 'Secret', 'SECRET', 'token', 'Token', 'TOKEN',
    'passw', 'Passw', 'PASSW', 'pwd', 'PWD', 'credential', 'Credential', 'CREDENTIAL',
  ] as readonly string[],
} as const;
