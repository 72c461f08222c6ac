import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Scanner, fileKindOf, type FileKind, type Rule } from '../../../../server/src/engine';
import { isGenericSecretValue, mayHoldGenericSecret } from '../../../../server/src/engine/rules/support/secrets/generic-values';
import { GENERIC_SECRET } from '../../../../server/src/engine/rules/support/secrets/detectors';
import { secretSites } from '../../../../server/src/engine/rules/support/secrets/sites';
import { FAKE } from '../../../helpers/fake-secrets';
import { repoPath } from '../../../helpers/paths';
import { random } from '../../../helpers/random';

const V = FAKE.generic;

/**
 * Values of the file's sites that the generic rule would accept whatever their name beyond looking
 * like a key's (`keyName`; the rule also rules out names like `tokenUrl` or `fakeKey`): the
 * precheck must say yes whenever there is one. Found with a probe rule that runs on every file.
 */
function acceptedValues(file: string, text: string): string[] {
  const found: string[] = [];
  const probe: Rule = {
    meta: {
      id: 'probe',
      title: 'probe',
      category: 'secret',
      severity: 'info',
      fileKinds: ['java', 'kotlin', 'swift', 'objc', 'dart', 'javascript', 'typescript', 'csharp', 'go', 'python', 'groovy', 'xml', 'plist', 'json', 'yaml', 'properties', 'env'],
      keywords: Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), // any text at all
      fixable: false,
      docs: '',
    },
    detect(context) {
      for (const site of secretSites(context)) {
        const raw = context.text.slice(site.valueStart, site.valueEnd);
        const value = site.shape === 'gradle-field' && raw.startsWith('\\"') && raw.endsWith('\\"') ? raw.slice(2, -2) : raw;
        if (!GENERIC_SECRET.keyName.test(site.name ?? '')) continue;
        if (isGenericSecretValue(value)) found.push(value);
      }
    },
  };
  new Scanner({}, [probe]).scan(file, text);
  return found;
}

/**
 * Checks the precheck on one text, and on the latin1 view of its UTF-8 bytes (as a tree scan asks
 * it before decoding); returns whether the text holds an accepted value.
 */
function assertPrecheckHolds(file: string, text: string): boolean {
  const kind = fileKindOf(file) as FileKind;
  const values = acceptedValues(file, text);
  if (values.length > 0) {
    assert.ok(mayHoldGenericSecret(text, kind), `${file}: ${JSON.stringify(text)} holds ${values[0]}`);
    assert.ok(mayHoldGenericSecret(Buffer.from(text, 'utf8').toString('latin1'), kind), `${file} (latin1 view): ${JSON.stringify(text)} holds ${values[0]}`);
  }
  return values.length > 0;
}

describe('generic secret precheck (mayHoldGenericSecret)', () => {
  it('says yes for a credential in every place a value can sit', () => {
    const yes: [string, string][] = [
      ['A.kt', `val apiSecret = "${V}"`],
      ['A.kt', `val raw = """${V}"""`],
      ['A.java', `String apiKey = "${V}`], // unterminated at the end of the text
      ['A.java', `String apiKey = "${V}\nint x;`], // unterminated at the end of the line
      ['A.kt', `val label =\n    "${V}"`], // a name on another line is not read here
      ['A.kt', `label(apiKey = "${V}")`],
      ['a.ts', `const o = { label: fetchSecret(), x: "${V}" }`.replace('x: ', 'apiKey: ')],
      ['a.py', `TOKEN = f'${V}'`],
      ['a.swift', `let t = #"${V}"#`], // a prefix: the name is read in sites.ts
      ['a.m', `#define API_SECRET @"${V}"`],
      ['A.cs', `var s = @"${V}";`],
      ['a.go', `token := \`${V}\``],
      ['a.go', `x := setApiKey(\`${V}\`)`],
      ['build.gradle', `buildConfigField "String", "API_KEY", "\\"${V}\\""`],
      ['AndroidManifest.xml', `<meta-data android:name="com.x.API_KEY" android:value = '${V}'/>`],
      ['config.xml', `<service apiKey="${V}"/>`],
      ['AndroidManifest.xml', `<meta-data android:value="${V}" note="a>b" android:name="api_key"/>`], // the name after the value
      ['AndroidManifest.xml', `<meta-data android:name="api&#95;key" android:value="${V}"/>`],
      ['strings.xml', `<resources><string name="api_key">\n  ${V}\n</string></resources>`],
      ['strings.xml', `<resources><string name="api&#95;key">${V}</string></resources>`], // a name spelled with an entity
      ['strings.xml', `<r><x></x>ab<string name="api_key">${V}</string></r>`], // after text that ends at a tag
      ['Info.plist', `<dict><key>ApiKey</key><string>${V}</string></dict>`],
      ['config.json', `{"apiKey": "${V}"}`],
      ['config.json', `{"token": ["${V}"]}`],
      ['config.json', `{"api_key\\"x": "${V}"}`],
      ['config.json', `{"token": 1, "label":\n "${V}"}`], // a key on another line is not read here
      ['app.yaml', `api_key: ${V} # comment`],
      ['app.yaml', `api_key: '${V}'`],
      ['gradle.properties', 'anything=at all'],
      ['.env', 'anything=at all'],
    ];
    for (const [file, text] of yes) assert.equal(mayHoldGenericSecret(text, fileKindOf(file)!), true, `${file}: ${text}`);
  });

  it('says no where no value can be a credential', () => {
    const no: [string, string][] = [
      ['A.kt', 'val apiKey = BuildConfig.API_KEY // no literal at all'],
      ['A.kt', `val x = ${V}`], // not in a string
      ['A.kt', 'val apiKey = "com.example.app.ApiKeyProvider"'], // an identifier
      ['A.kt', 'val token = "3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b"'], // a UUID
      ['A.kt', 'val apiKey = "short1"'],
      ['A.kt', `val label = "${V}"`], // a name that names no key
      ['A.kt', `val x: String = f(label: "${V}")`],
      ['a.go', `label := \`${V}\``],
      ['a.go', `x := f(\`${V}\`)`], // passed to a function named like no key
      ['config.json', `{"a": {"b": ["${V}"]}}`], // no key-like word in the file at all
      ['strings.xml', `<meta-data android:name="com.x.ICON" android:value="${V}"/>`],
      ['config.json', `{"label": "${V}"}`],
      ['app.yaml', `label: ${V}`],
      ['strings.xml', `<string name="${V}">Hello</string>`], // a name attribute's value is never a site
      ['strings.xml', `<item label="${V}"/>`], // an attribute whose name names no key
      ['strings.xml', `<string>"${V}"</string>`], // quotes are part of the text value
      ['Info.plist', `<dict><key>${V}x</key><string a="${V}">x</string></dict>`.replace(`<key>${V}x</key>`, '<key>k</key>')],
      ['config.json', `{"${V}": 1}`], // a key
      ['app.yaml', `api_key: x${'#'}${V}`],
    ];
    for (const [file, text] of no) assert.equal(mayHoldGenericSecret(text, fileKindOf(file)!), false, `${file}: ${text}`);
  });

  it('reads a long element body full of value-like runs once (no search back per run)', () => {
    // 1.8 MB: reading back to the start tag for each of its 80,000 runs would take a minute.
    const body = 'abcdefghijklmnopqr0123\n'.repeat(80_000);
    assert.equal(mayHoldGenericSecret(`<resources><string name="api_key">${body}</string></resources>`, 'xml'), false);
    assert.equal(mayHoldGenericSecret(`<resources><string name="api_key">${body}</string><string name="api_key">${V}</string></resources>`, 'xml'), true);
  });

  it('never says no for a file of the corpus that holds an accepted value', () => {
    const visit = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) visit(full);
        else if (fileKindOf(full) && fileKindOf(full) !== 'certificate') assertPrecheckHolds(full, readFileSync(full, 'utf8'));
      }
    };
    visit(repoPath('test', 'corpus'));
    visit(repoPath('samples'));
  });

  it('never says no for generated text that holds an accepted value (every file kind)', () => {
    const common = [V, V, `${V}x`, `"${V}"`, `'${V}'`, `>${V}<`, 'apiKey = ', 'apiKey = ', 'apiKey', 'label = ', 'token: ', 'token: ', 'obj.apiKey = ', 'x?.apiKey = ', 'val ', 'String', ' == ', '\n', `apiKey = "${V}"`, `token: '${V}'`, ' ', '\t', '\n', '\r\n', '"', "'", '`', '\\', '\\"', '=', ':', ',', '(', ')', 'apiKey', 'token', '#', '//', '/*', '*/', 'é', '\u00a0', '\u2028', '\u3000', 'à', '日'];
    const byKind: Record<string, string[]> = {
      'A.kt': ['"""', '${', '}', '$x', 'val k = ', 'val apiKey: String = ', '// apiKey = ', '/* label */', 'mapOf(apiKey to '],
      'a.swift': ['#"', '"#', '\\('],
      'a.py': ['f"', "r'", '"""'],
      'A.cs': ['@"', '$"', '{', '}', '"""'],
      'a.m': ['@"', '#define K '],
      'a.dart': ["r'", "'''", '${'],
      'a.ts': ['${', '}', '/re/', '=>'],
      'build.gradle': ['buildConfigField "String", "K", ', "'''"],
      'c.json': ['{', '}', '[', ']', '"apiKey": ', '"a":', '"api_key\\"x": ', '"label": ', '// "a":', '"apiKey":\n', `{"apiKey": "${V}"}`],
      'c.yaml': ['api_key: ', '- ', 'k:', ' #', `\napi_key: ${V}`, `\n- k: '${V}'`, `\nk:  "${V}" `, `\nk:\t${V}`],
    };
    const next = random(11);
    for (const [file, extra] of Object.entries(byKind)) {
      const pieces = [...common, ...extra, ...extra];
      let holding = 0;
      for (let round = 0; round < 400; round++) {
        let text = '';
        const parts = 2 + Math.floor(next() * 14);
        for (let p = 0; p < parts; p++) text += pieces[Math.floor(next() * pieces.length)];
        if (assertPrecheckHolds(file, text)) holding++;
      }
      assert.ok(holding >= 20, `${file}: only ${holding} generated texts hold a value; the generator tests too little`);
    }
  });

  it('never says no for generated XML and property lists that hold an accepted value', () => {
    const next = random(23);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const content = (): string => Array.from({ length: Math.floor(next() * 4) }, () => pick([V, V, ' ', '\n  ', '\u00a0', '\u2028', '\u3000', 'à', '&amp;', 'x', '"', "'", '<!-- c -->', '<![CDATA[x]]>'])).join('');
    const names = ['apiKey', 'android:value', 'value', 'name', 'android:name', 'key', 'label', 'x:client_secret', 'id', 'apiKeyé', 'tokenà_x', 'clé'];
    const element = (depth: number): string => {
      const attributes = Array.from({ length: Math.floor(next() * 3) }, () => {
        const quote = pick(['"', "'"]);
        const value = next() < 0.5 ? pick(['api_key', 'api&#95;key', 'to&#107;en', 'label']) : content().split(quote).join('');
        return `${pick([' ', '\n    ', '  '])}${pick(names)}${pick(['=', ' = '])}${quote}${value}${quote}`;
      }).join('');
      const name = pick(['e', 'apiKey', 'string']);
      const text = (): string => (next() < 0.5 ? content().replace(/[<>]/g, '') : '');
      const children =
        depth < 3 && next() < 0.4
          ? text() + Array.from({ length: 1 + Math.floor(next() * 3) }, () => element(depth + 1) + text()).join('') // mixed content too
          : text();
      return `<${name}${attributes}>${children}</${name}>`;
    };
    const plistValue = (depth: number): string =>
      depth < 2 && next() < 0.3 ? `<dict>${plistEntries(depth + 1)}</dict>` : `<string>${pick(['', ' ', '\n\t'])}${content().replace(/[<>]/g, '')}${pick(['', ' ', '\n'])}</string>`;
    const plistEntries = (depth: number): string => Array.from({ length: 1 + Math.floor(next() * 3) }, () => `<key>${pick(['ApiKey', 'token', 'Name'])}</key>${pick(['', '\n'])}${plistValue(depth)}`).join('');
    let holding = 0;
    for (let round = 0; round < 1000; round++) {
      if (assertPrecheckHolds('strings.xml', `<?xml version="1.0"?>\n${element(0)}`)) holding++;
      if (assertPrecheckHolds('Info.plist', `<plist version="1.0"><dict>${plistEntries(0)}</dict></plist>`)) holding++;
    }
    assert.ok(holding >= 100, `only ${holding} generated documents hold a value; the generator tests too little`);
  });
});
