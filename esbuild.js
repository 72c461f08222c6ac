// Bundles the extension client, the language server and the CLI into dist/, and (with --tests)
// the mocha suites into out/test/. Usage: node esbuild.js [--production] [--watch] [--tests]
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');
const { version } = require('./package.json');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { __PIN_HYGIENE_VERSION__: JSON.stringify(version) },
};

// @peculiar/x509 is a bundle of its own, which the others load on first use (server/src/engine/x509.ts).
const X509_EXTERNAL = ['@peculiar/x509', 'reflect-metadata'];

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // dist/server.js is a small loader of dist/server-main.js that can use a V8 code cache.
  { entryPoints: ['server/src/server-loader.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js', external: X509_EXTERNAL },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', external: X509_EXTERNAL },
  { entryPoints: ['server/src/engine/scan-worker.ts'], outfile: 'dist/scan-worker.js', external: X509_EXTERNAL },
  { entryPoints: ['server/src/engine/x509-bundle.ts'], outfile: 'dist/x509.js' },
];

function testEntries(dir) {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
}

if (tests) {
  bundles.push({
    entryPoints: fs.readdirSync('scripts').filter((f) => f.endsWith('.ts')).map((f) => `scripts/${f}`),
    outdir: 'out/scripts',
    external: ['esbuild'],
    sourcemap: true,
  });
  bundles.push({
    entryPoints: testEntries('test'),
    outdir: 'out/test',
    outbase: 'test',
    external: ['mocha', 'vscode', 'playwright-core', 'esbuild', 'typescript'],
    sourcemap: true,
  });
}

async function main() {
  const contexts = await Promise.all(bundles.map((b) => esbuild.context({ ...common, ...b })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[esbuild] watching for changes');
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  fs.chmodSync('dist/cli.js', 0o755);
}

module.exports = { common, bundles };

if (require.main === module) {
  main().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
