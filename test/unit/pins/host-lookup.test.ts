import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LookupError, lookupHost, parseLookupTarget, proxyFromEnvironment, type HostLookup } from '../../../server/src/engine';
import { makeOpensslChain, makeSelfSigned, opensslFingerprint, opensslPin, type OpensslChain } from '../../helpers/openssl-chain';
import { closedPort, startConnectProxy, startPlainServer, startSilentServer, startTlsServer, type TlsTestServer } from '../../helpers/tls-servers';

async function expectFailure(promise: Promise<unknown>, kind: string, message: RegExp): Promise<LookupError> {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof LookupError, `expected a LookupError, got ${String(e)}`);
    assert.equal(e.kind, kind, e.message);
    assert.match(e.message, message);
    return e;
  }
  assert.fail(`expected a ${kind} failure`);
}

describe('live lookup against TLS servers on 127.0.0.1', function () {
  this.timeout(30_000);
  let dir: string;
  let rsa: OpensslChain;
  let ec: OpensslChain;
  let expired: OpensslChain;
  const servers: { close(): Promise<void> }[] = [];

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ph-lookup-'));
    rsa = makeOpensslChain(dir, { kind: 'rsa' });
    ec = makeOpensslChain(dir, { kind: 'ec' });
    expired = makeOpensslChain(dir, { kind: 'rsa', expiredLeaf: true, prefix: 'expired' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  async function serve(chain: OpensslChain, extra: object = {}): Promise<TlsTestServer> {
    const server = await startTlsServer({ key: readFileSync(chain.leaf.keyPath), cert: chain.servedPem, ...extra });
    servers.push(server);
    return server;
  }

  function assertMatchesOpenssl(lookup: HostLookup, chain: OpensslChain): void {
    assert.deepEqual(lookup.chain.map((c) => c.role), ['leaf', 'intermediate']);
    const files = [chain.leaf.certPath, chain.intermediate.certPath];
    lookup.chain.forEach((c, i) => {
      const pin = opensslPin(files[i]);
      assert.equal(c.spkiSha256Base64, pin, `pin of certificate ${i}`);
      assert.equal(c.pin, `sha256/${pin}`);
      assert.equal(c.spkiSha256Hex, Buffer.from(pin, 'base64').toString('hex'));
      assert.equal(c.certificateSha256Hex, opensslFingerprint(files[i]));
    });
  }

  it('reads the whole RSA chain with SNI and computes the pins openssl computes', async () => {
    const server = await serve(rsa);
    const lookup = await lookupHost({ host: '127.0.0.1', port: server.port }, { servername: 'api.pins.test', timeoutMs: 5000 });
    assertMatchesOpenssl(lookup, rsa);
    assert.deepEqual(await server.handshakes(1), ['api.pins.test']);
    const [leaf, intermediate] = lookup.chain;
    assert.equal(leaf.subject, 'CN=api.pins.test');
    assert.equal(leaf.issuer, 'O=Pin Hygiene Tests, CN=Test Intermediate rsa');
    assert.deepEqual(leaf.subjectAltNames, ['DNS:api.pins.test', 'IP:127.0.0.1']);
    assert.equal(leaf.keyType, 'RSA');
    assert.equal(leaf.keyBits, 2048);
    assert.equal(intermediate.isCA, true);
    // The test root is trusted by nobody: reported, not fatal.
    assert.deepEqual(lookup.problems.map((p) => p.kind), ['untrusted']);
    assert.match(lookup.protocol ?? '', /^TLSv1\.[23]$/);
  });

  it('reads an ECDSA chain: key type, curve and pins', async () => {
    const server = await serve(ec);
    const lookup = await lookupHost({ host: '127.0.0.1', port: server.port }, { servername: 'api.pins.test' });
    assertMatchesOpenssl(lookup, ec);
    assert.equal(lookup.chain[0].keyType, 'EC');
    assert.equal(lookup.chain[0].curve, 'prime256v1');
    assert.equal(lookup.chain[0].keyBits, 256);
  });

  it('sends no SNI for an IP address and reports the root when the server sends it too', async () => {
    const server = await startTlsServer({ key: readFileSync(rsa.leaf.keyPath), cert: rsa.servedPem + rsa.root.pem });
    servers.push(server);
    const lookup = await lookupHost({ host: '127.0.0.1', port: server.port });
    assert.deepEqual(await server.handshakes(1), [undefined]);
    assert.deepEqual(lookup.chain.map((c) => c.role), ['leaf', 'intermediate', 'root']);
    assert.equal(lookup.chain[2].spkiSha256Base64, opensslPin(rsa.root.certPath));
    assert.equal(lookup.problems[0].kind, 'self-signed');
    assert.match(lookup.problems[0].message, /^Self-signed chain: .*CN=Test Root rsa/);
  });

  it('returns a self-signed chain, with the problem named', async () => {
    const self = makeSelfSigned(dir, 'self.pins.test');
    const server = await startTlsServer({ key: readFileSync(self.keyPath), cert: self.pem });
    servers.push(server);
    const lookup = await lookupHost({ host: '127.0.0.1', port: server.port }, { servername: 'self.pins.test' });
    assert.equal(lookup.chain.length, 1);
    assert.equal(lookup.chain[0].role, 'leaf');
    assert.equal(lookup.chain[0].spkiSha256Base64, opensslPin(self.certPath));
    assert.deepEqual(lookup.problems.map((p) => p.kind), ['self-signed']);
    assert.match(lookup.problems[0].message, /^Self-signed certificate: /);
  });

  it('returns an expired chain, naming the expired certificate', async () => {
    const server = await serve(expired);
    const lookup = await lookupHost({ host: '127.0.0.1', port: server.port }, { servername: 'api.pins.test' });
    assertMatchesOpenssl(lookup, expired);
    const problem = lookup.problems.find((p) => p.kind === 'expired');
    assert.ok(problem, JSON.stringify(lookup.problems));
    assert.match(problem.message, /^Expired chain: the leaf certificate CN=api\.pins\.test expired on 2021-01-01/);
  });

  it('reports a host name the leaf does not cover', async () => {
    const server = await serve(rsa);
    const lookup = await lookupHost({ host: '127.0.0.1', port: server.port }, { servername: 'other.pins.test' });
    const problem = lookup.problems.find((p) => p.kind === 'hostname');
    assert.ok(problem);
    assert.match(problem.message, /not valid for other\.pins\.test/);
  });

  it('tunnels through an HTTP CONNECT proxy', async () => {
    const server = await serve(ec);
    const proxy = await startConnectProxy();
    servers.push(proxy);
    const lookup = await lookupHost({ host: '127.0.0.1', port: server.port }, { servername: 'api.pins.test', proxy: `http://127.0.0.1:${proxy.port}` });
    assert.deepEqual(proxy.requests, [`127.0.0.1:${server.port}`]);
    assertMatchesOpenssl(lookup, ec);
    assert.equal(lookup.proxy, `http://127.0.0.1:${proxy.port}`);
    assert.deepEqual(await server.handshakes(1), ['api.pins.test']);
  });

  describe('failures, one kind and message each', () => {
    it('DNS: a name under .invalid', async () => {
      await expectFailure(lookupHost({ host: 'no-such-host.invalid', port: 443 }, { timeoutMs: 8000 }), 'dns', /^DNS lookup failed: the host name of no-such-host\.invalid:443 does not resolve/);
    });

    it('refused: a closed local port', async () => {
      const port = await closedPort();
      await expectFailure(lookupHost({ host: '127.0.0.1', port }), 'refused', new RegExp(`^Connection refused by 127\\.0\\.0\\.1:${port}: nothing accepts connections`));
    });

    it('timeout: a server that accepts and never answers', async () => {
      const silent = await startSilentServer();
      servers.push(silent);
      const started = Date.now();
      await expectFailure(lookupHost({ host: '127.0.0.1', port: silent.port }, { timeoutMs: 300 }), 'timeout', /^No answer from 127\.0\.0\.1:\d+ within 300 ms \(waiting for the TLS handshake\)/);
      assert.ok(Date.now() - started < 5000);
    });

    it('handshake alert: a server that demands a client certificate', async () => {
      const server = await serve(rsa, { requestCert: true, rejectUnauthorized: true, ca: rsa.root.pem, maxVersion: 'TLSv1.2' });
      await expectFailure(lookupHost({ host: '127.0.0.1', port: server.port }, { servername: 'api.pins.test' }), 'handshake', /^TLS handshake with 127\.0\.0\.1:\d+ failed: the server sent the alert "handshake failure"/);
    });

    it('handshake: a port that does not speak TLS', async () => {
      const plain = await startPlainServer();
      servers.push(plain);
      await expectFailure(lookupHost({ host: '127.0.0.1', port: plain.port }), 'handshake', /failed: the server did not answer with TLS/);
    });

    it('proxy: unreachable, and refusing CONNECT', async () => {
      const server = await serve(rsa);
      const port = await closedPort();
      await expectFailure(
        lookupHost({ host: '127.0.0.1', port: server.port }, { proxy: `http://127.0.0.1:${port}` }),
        'proxy',
        new RegExp(`^Proxy http://127\\.0\\.0\\.1:${port} could not be reached: connection refused`),
      );
      const deny = await startConnectProxy({ deny: true });
      servers.push(deny);
      await expectFailure(
        lookupHost({ host: '127.0.0.1', port: server.port }, { proxy: `127.0.0.1:${deny.port}` }),
        'proxy',
        new RegExp(`^Proxy http://127\\.0\\.0\\.1:${deny.port} refused to connect to 127\\.0\\.0\\.1:${server.port}: 403 Forbidden`),
      );
      await expectFailure(lookupHost({ host: '127.0.0.1', port: server.port }, { proxy: 'socks5://127.0.0.1:1080' }), 'proxy', /only http:\/\/ proxies/);
    });
  });
});

describe('lookup targets and proxy settings', () => {
  it('parses host, host:port, [v6]:port and URLs', () => {
    assert.deepEqual(parseLookupTarget('api.example.com'), { host: 'api.example.com', port: 443 });
    assert.deepEqual(parseLookupTarget(' API.example.com:8443 '), { host: 'api.example.com', port: 8443 });
    assert.deepEqual(parseLookupTarget('[::1]:4433'), { host: '::1', port: 4433 });
    assert.deepEqual(parseLookupTarget('https://user@api.example.com:9443/path?q'), { host: 'api.example.com', port: 9443 });
    for (const bad of ['', 'a b', 'host:0', 'host:70000', '*.example.com', 'host:port']) {
      assert.throws(() => parseLookupTarget(bad), (e: unknown) => e instanceof LookupError && e.kind === 'target', bad);
    }
  });

  it('takes HTTPS_PROXY or https_proxy, and honours NO_PROXY', () => {
    assert.equal(proxyFromEnvironment('api.example.com', {}), undefined);
    assert.equal(proxyFromEnvironment('api.example.com', { https_proxy: 'http://p:3128' }), 'http://p:3128');
    assert.equal(proxyFromEnvironment('api.example.com', { HTTPS_PROXY: 'http://p:3128', NO_PROXY: 'localhost,.example.com' }), undefined);
    assert.equal(proxyFromEnvironment('example.com', { HTTPS_PROXY: 'http://p:3128', no_proxy: 'example.com' }), undefined);
    assert.equal(proxyFromEnvironment('example.org', { HTTPS_PROXY: 'http://p:3128', NO_PROXY: 'example.com' }), 'http://p:3128');
    assert.equal(proxyFromEnvironment('x.org', { HTTPS_PROXY: 'http://p:3128', NO_PROXY: '*' }), undefined);
  });
});
