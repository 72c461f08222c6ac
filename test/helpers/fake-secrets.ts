/**
 * Fake secrets for tests: values in each provider's format built from a seeded generator, so tests
 * are reproducible and no real key is ever written down.
 */
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URLSAFE = ALNUM + '_-';
const HEX = '0123456789abcdef';
const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A small deterministic generator (mulberry32). */
function generator(seed: number): (n: number, alphabet?: string) => string {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (n, alphabet = ALNUM) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

const r = generator(20240611);
const b64 = (n: number): string => Buffer.from(r(n * 2)).toString('base64').slice(0, n);

export const FAKE = {
  google: 'AIzaSy' + r(33, URLSAFE),
  fcm: 'AAAA' + r(7, URLSAFE) + ':APA91b' + r(134, URLSAFE),
  awsId: 'AKIA' + r(16, UPPER32),
  awsSecret: r(40, ALNUM + '+/'),
  stripeLive: 'sk_live_' + r(34),
  stripeTest: 'sk_test_' + r(34),
  stripeRestricted: 'rk_live_' + r(34),
  stripePublishable: 'pk_live_' + r(34),
  slackBot: `xoxb-${r(12, '0123456789')}-${r(13, '0123456789')}-${r(24)}`,
  slackWebhook: `https://hooks.slack.com/services/T${r(10, UPPER32)}/B${r(10, UPPER32)}/${r(24)}`,
  githubPat: 'ghp_' + r(36),
  githubFineGrained: 'github_pat_' + r(22) + '_' + r(59),
  gitlab: 'glpat-' + r(20, URLSAFE),
  twilioKey: 'SK' + r(32, HEX),
  twilioToken: r(32, HEX),
  sendgrid: 'SG.' + r(22, URLSAFE) + '.' + r(43, URLSAFE),
  mailgun: 'key-' + r(32, HEX),
  mapbox: 'sk.eyJ1Ijoi' + r(40, URLSAFE) + '.' + r(22, URLSAFE),
  openai: 'sk-proj-' + r(100, URLSAFE),
  anthropic: 'sk-ant-api03-' + r(95, URLSAFE),
  groq: 'gsk_' + r(52),
  azure: b64(86) + '==',
  jwt: `eyJhbGciOiJIUzI1NiJ9.${Buffer.from('{"sub":"app","scope":"orders"}').toString('base64url')}.${r(43, URLSAFE)}`,
  jwtAnon: `eyJhbGciOiJIUzI1NiJ9.${Buffer.from('{"iss":"supabase","role":"anon"}').toString('base64url')}.${r(43, URLSAFE)}`,
  password: r(14),
  generic: r(32),
  pemBody: b64(64 * 6),
};

export function pem(body = FAKE.pemBody, label = 'RSA PRIVATE KEY', newline = '\n'): string {
  const lines = body.match(/.{1,64}/g)!;
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join(newline);
}

/** Every fake value above, for tests that grep outputs for raw secrets. */
export const ALL_FAKE_SECRETS: readonly string[] = Object.values(FAKE);
