import { strict as assert } from 'node:assert';
import { ALL_RULES } from '../../../../server/src/engine';
import { SECRET_DETECTORS } from '../../../../server/src/engine/rules/support/secrets/detectors';
import { FAKE, pem } from '../../../helpers/fake-secrets';
import { positions, scan } from '../../../helpers/scan';

interface Case {
  id: string;
  /** A Kotlin line holding the secret; the finding must start at the secret. */
  positive: string;
  secret: string;
  /** Look-alikes that must stay clean. */
  negatives: string[];
}

const CASES: Case[] = [
  { id: 'secret-google-api-key', secret: FAKE.google, positive: `val maps = "${FAKE.google}"`, negatives: ['val k = "AIzaSyYOUR_API_KEY_HERE_00000000000000000"', `val k = "AIza${'A'.repeat(35)}"`, `val blob = "iVBORw0K${FAKE.google}Zm9v"`] },
  { id: 'secret-firebase-server-key', secret: FAKE.fcm, positive: `val fcm = "${FAKE.fcm}"`, negatives: [`val k = "AAAAxxxxxxx:APA91b${'x'.repeat(134)}"`] },
  { id: 'secret-aws-access-key-id', secret: FAKE.awsId, positive: `val id = "${FAKE.awsId}"`, negatives: ['val id = "AKIAIOSFODNN7EXAMPLE"', 'val id = "AKIAAAAAAAAAAAAAAAAA"'] },
  { id: 'secret-aws-secret-access-key', secret: FAKE.awsSecret, positive: `val awsSecretAccessKey = "${FAKE.awsSecret}"`, negatives: ['val awsSecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"', `val checksum = "${FAKE.awsSecret}"`] },
  { id: 'secret-stripe-secret-key', secret: FAKE.stripeLive, positive: `val stripe = "${FAKE.stripeLive}"`, negatives: ['val s = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"', 'val s = "sk_test_FAKEFAKEFAKEFAKEFAKEFAKE00"'] },
  { id: 'secret-stripe-publishable-key', secret: FAKE.stripePublishable, positive: `val pk = "${FAKE.stripePublishable}"`, negatives: ['val pk = "pk_live_YOUR_PUBLISHABLE_KEY_12345"'] },
  { id: 'secret-slack-token', secret: FAKE.slackBot, positive: `val slack = "${FAKE.slackBot}"`, negatives: ['val slack = "xoxb-123456789012-abcdefghijkl"'] },
  { id: 'secret-slack-webhook', secret: FAKE.slackWebhook, positive: `val hook = "${FAKE.slackWebhook}"`, negatives: ['val hook = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"'] },
  { id: 'secret-github-token', secret: FAKE.githubPat, positive: `val gh = "${FAKE.githubPat}"`, negatives: [`val gh = "ghp_${'0'.repeat(36)}"`] },
  { id: 'secret-gitlab-token', secret: FAKE.gitlab, positive: `val gl = "${FAKE.gitlab}"`, negatives: ['val gl = "glpat-xxxxxxxxxxxxxxxxxxxx"'] },
  { id: 'secret-twilio-credential', secret: FAKE.twilioKey, positive: `val tw = "${FAKE.twilioKey}"`, negatives: [`val sku = "SKU${FAKE.twilioToken}"`] },
  { id: 'secret-sendgrid-api-key', secret: FAKE.sendgrid, positive: `val sg = "${FAKE.sendgrid}"`, negatives: ['val sg = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"'] },
  { id: 'secret-mailgun-api-key', secret: FAKE.mailgun, positive: `val mg = "${FAKE.mailgun}"`, negatives: [`val header = "api-key-${FAKE.twilioToken}"`] },
  { id: 'secret-mapbox-secret-token', secret: FAKE.mapbox, positive: `val mb = "${FAKE.mapbox}"`, negatives: ['val mb = "pk.eyJ1IjoiZXhhbXBsZSIsImEiOiJjbGV4YW1wbGUifQ.abcdefghijklmnopqrstuv"'] },
  { id: 'secret-openai-api-key', secret: FAKE.openai, positive: `val ai = "${FAKE.openai}"`, negatives: [`val ai = "sk-proj-${'x'.repeat(60)}"`] },
  { id: 'secret-anthropic-api-key', secret: FAKE.anthropic, positive: `val ai = "${FAKE.anthropic}"`, negatives: [`val ai = "sk-ant-api03-${'x'.repeat(90)}"`] },
  { id: 'secret-llm-api-key', secret: FAKE.groq, positive: `val groq = "${FAKE.groq}"`, negatives: [`val groq = "gsk_${'a'.repeat(52)}"`] },
  { id: 'secret-azure-storage-key', secret: FAKE.azure, positive: `val conn = "DefaultEndpointsProtocol=https;AccountName=media;AccountKey=${FAKE.azure};EndpointSuffix=core.windows.net"`, negatives: [`val conn = "AccountKey=${'A'.repeat(86)}=="`] },
  { id: 'secret-jwt', secret: FAKE.jwt, positive: `val jwt = "${FAKE.jwt}"`, negatives: ['val jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.xxxxxxxxxxxxxxxxxxxxxxxxxxxx"'] },
  { id: 'secret-basic-auth-url', secret: FAKE.password, positive: `val url = "https://deploy:${FAKE.password}@ci.example.com/hook"`, negatives: ['val url = "https://user:password@example.com/"', 'val url = "https://${user}:${pass}@example.com/"', 'val url = "https://example.com:8443/path"'] },
];

describe('secret provider rules', () => {
  it('there is a case for every detector', () => {
    assert.deepEqual(CASES.map((c) => c.id).sort(), SECRET_DETECTORS.map((d) => d.id).filter((id) => id !== 'secret-private-key').sort());
  });

  for (const c of CASES) {
    describe(c.id, () => {
      it('reports the secret at its exact position, in the secret category, masked', () => {
        const text = `package x\n\n${c.positive}\n`;
        const findings = scan('App.kt', text).filter((f) => f.category === 'secret');
        const column = c.positive.indexOf(c.secret) + 1;
        assert.deepEqual(positions(findings), [`${c.id}@3:${column}`]);
        const [f] = findings;
        assert.equal(f.endLine, 3);
        assert.equal(f.endColumn, column + c.secret.length);
        assert.equal(f.category, 'secret');
        assert.ok(!f.message.includes(c.secret), 'message holds the raw secret');
        assert.ok(f.message.includes(`…(${c.secret.length} chars)`), f.message);
      });

      it('stays quiet on look-alikes', () => {
        for (const negative of c.negatives) {
          assert.deepEqual(positions(scan('App.kt', `package x\n\n${negative}\n`).filter((f) => f.category === 'secret')), [], negative);
        }
      });
    });
  }

  describe('secret-private-key', () => {
    it('reports a PEM private key block in code and in a bundled .pem file', () => {
      const key = pem();
      const code = `KEY = """${key}"""\n`;
      assert.deepEqual(positions(scan('keys.py', code)), ['secret-private-key@1:10']);
      assert.deepEqual(positions(scan('client.pem', key)), ['secret-private-key@1:1']);
      const escaped = `const key = "${pem(FAKE.pemBody, 'PRIVATE KEY', '\\n')}"\n`;
      assert.deepEqual(positions(scan('main.go', escaped)), ['secret-private-key@1:14']);
    });

    it('ignores public keys, certificates and placeholder blocks', () => {
      assert.deepEqual(positions(scan('keys.py', `KEY = """${pem(FAKE.pemBody, 'PUBLIC KEY')}"""\n`)), []);
      assert.deepEqual(positions(scan('keys.py', 'KEY = """-----BEGIN PRIVATE KEY-----\n... paste your key here, this is a placeholder ...\n-----END PRIVATE KEY-----"""\n')), []);
    });
  });

  it('severity reflects the key type: live secret error, test secret warning, publishable info, Firebase config info', () => {
    const severity = (file: string, text: string): string[] => scan(file, text).map((f) => `${f.ruleId}:${f.severity}`);
    assert.deepEqual(severity('A.kt', `val a = "${FAKE.stripeLive}"`), ['secret-stripe-secret-key:error']);
    assert.deepEqual(severity('A.kt', `val a = "${FAKE.stripeTest}"`), ['secret-stripe-secret-key:warning']);
    assert.deepEqual(severity('A.kt', `val a = "${FAKE.stripePublishable}"`), ['secret-stripe-publishable-key:info']);
    assert.deepEqual(severity('A.kt', `val a = "${FAKE.google}"`), ['secret-google-api-key:warning']);
    const services = `{\n  "api_key": [\n    { "current_key": "${FAKE.google}" }\n  ]\n}\n`;
    assert.deepEqual(severity('app/google-services.json', services), ['secret-google-api-key:info']);
    assert.match(scan('app/google-services.json', services)[0].message, /meant to ship in the app/);
    assert.deepEqual(severity('A.kt', `val a = "${FAKE.jwtAnon}"`), ['secret-jwt:info']);
    assert.deepEqual(severity('A.kt', `val a = "${FAKE.jwt}"`), ['secret-jwt:warning']);
  });

  it('every provider rule can be turned off or re-levelled on its own', () => {
    const text = `val a = "${FAKE.stripeLive}"\nval b = "${FAKE.google}"\n`;
    assert.deepEqual(positions(scan('A.kt', text, { 'secret-google-api-key': 'off' })), ['secret-stripe-secret-key@1:10']);
    assert.deepEqual(scan('A.kt', text, { 'secret-stripe-secret-key': 'info' }).map((f) => f.severity), ['info', 'warning']);
    const ids = ALL_RULES.filter((r) => r.meta.category === 'secret').map((r) => r.meta.id);
    assert.equal(new Set(ids).size, SECRET_DETECTORS.length + 1);
  });
});
