/**
 * "Add Approov SDK initialisation" over LSP: the custom request answers with an annotated workspace
 * edit over the entry and dependency files; the code action appears on pin findings and on the entry
 * file, is resolved to a freshly planned edit, and disappears once the project is initialised.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lsp-client';

const EDIT_CAPABILITIES = {
  workspace: { configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'], changeAnnotationSupport: { groupsOnLabel: false } } },
  textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } }, publishDiagnostics: {} },
};

const MAIN = "import 'package:flutter/material.dart';\n\nvoid main() {\n  runApp(const App());\n}\n";
const PINNED = "import 'dart:io';\n\nHttpClient pinned(List<int> pem) {\n  final context = SecurityContext(withTrustedRoots: false)..setTrustedCertificatesBytes(pem);\n  return HttpClient(context: context);\n}\n";

/** Applies a workspace edit's text edits to the texts of `files` (path → text), as a client would. */
function applyWorkspaceEdit(edit: any, files: Map<string, string>): void {
  for (const change of edit.documentChanges) {
    if (change.kind === 'create') {
      files.set(change.uri, '');
      continue;
    }
    const text = files.get(change.textDocument.uri) ?? '';
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    const edits = [...change.edits].sort((a: any, b: any) => offset(b.range.start) - offset(a.range.start));
    let result = text;
    for (const e of edits) result = result.slice(0, offset(e.range.start)) + e.newText + result.slice(offset(e.range.end));
    files.set(change.textDocument.uri, result);
  }
}

describe('SDK initialisation over LSP', function () {
  this.timeout(20_000);
  let dir: string;
  let client: LspClient;
  let uriOf: (relative: string) => string;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ph-sdk-init-'));
    mkdirSync(path.join(dir, 'lib'));
    writeFileSync(path.join(dir, 'pubspec.yaml'), 'name: shop\ndependencies:\n  flutter:\n    sdk: flutter\n');
    writeFileSync(path.join(dir, 'lib', 'main.dart'), MAIN);
    writeFileSync(path.join(dir, 'lib', 'api.dart'), PINNED);
    uriOf = (relative) => pathToFileURL(path.join(dir, relative)).href;
    client = new LspClient();
    client.onRequest('workspace/configuration', (p: { items: unknown[] }) =>
      p.items.map(() => ({ scanWorkspace: false, sdk: { configString: '', versions: { flutter: '3.5.6' } } })),
    );
  });
  afterEach(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(relative: string, text: string): Promise<any[]> {
    const uri = uriOf(relative);
    const published = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'dart', version: 1, text } });
    return (await published).diagnostics;
  }

  it('answers the request with an annotated edit of main.dart and pubspec.yaml, and notes for the placeholders', async () => {
    await client.initialize(pathToFileURL(dir).href, EDIT_CAPABILITIES);
    const { plans } = await client.request('pinHygiene/sdkInitPlan', {});
    assert.equal(plans.length, 1);
    const [plan] = plans;
    assert.equal(plan.platform, 'flutter');
    assert.equal(plan.status, 'ready');
    assert.equal(plan.entryUri, uriOf('lib/main.dart'));
    assert.deepEqual(plan.files.map((f: any) => f.uri), [uriOf('lib/main.dart'), uriOf('pubspec.yaml')]);
    assert.ok(plan.notes.some((n: string) => n.includes('<enter-your-config-string-here>')));
    assert.deepEqual(plan.edit.changeAnnotations['pinHygiene.sdkInitialisation'].needsConfirmation, true);
    assert.ok(plan.edit.documentChanges.every((c: any) => c.edits.every((e: any) => e.annotationId === 'pinHygiene.sdkInitialisation')));

    const files = new Map([uriOf('lib/main.dart'), uriOf('pubspec.yaml')].map((u) => [u, readFileSync(new URL(u), 'utf8')]));
    applyWorkspaceEdit(plan.edit, files);
    assert.match(files.get(uriOf('lib/main.dart'))!, /Future<void> main\(\) async \{\n {2}WidgetsFlutterBinding\.ensureInitialized\(\);\n {2}await ApproovService\.initialize\('<enter-your-config-string-here>'\);/);
    assert.match(files.get(uriOf('pubspec.yaml'))!, /\n {2}approov_service_flutter_httpclient: \^3\.5\.6\n$/);
  });

  it('offers the quick fix on a pin finding and resolves it to the edit; gone once main.dart initialises the SDK', async () => {
    await client.initialize(pathToFileURL(dir).href, EDIT_CAPABILITIES);
    const diagnostics = await open('lib/api.dart', PINNED);
    assert.ok(diagnostics.length > 0, 'the pinned SecurityContext is reported');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: uriOf('lib/api.dart') }, range: diagnostics[0].range, context: { diagnostics } });
    const sdk = actions.find((a: any) => a.title === 'Add Approov SDK initialisation (one time)');
    assert.ok(sdk, JSON.stringify(actions.map((a: any) => a.title)));
    assert.equal(sdk.kind, 'quickfix');
    assert.equal(sdk.edit, undefined, 'planned when applied (codeAction/resolve)');
    const resolved = await client.request('codeAction/resolve', sdk);
    assert.deepEqual(resolved.edit.documentChanges.map((c: any) => c.textDocument.uri), [uriOf('lib/main.dart'), uriOf('pubspec.yaml')]);

    writeFileSync(path.join(dir, 'lib', 'main.dart'), MAIN.replace('void main() {', "Future<void> main() async {\n  await ApproovService.initialize('#x#abc');"));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('lib/main.dart'), type: 2 }] });
    const after = await client.request('textDocument/codeAction', { textDocument: { uri: uriOf('lib/api.dart') }, range: diagnostics[0].range, context: { diagnostics } });
    assert.equal(after.find((a: any) => a.title === 'Add Approov SDK initialisation (one time)'), undefined);
  });

  it('offers a source action on the entry file itself, only there, with the edit inline for clients that do not resolve', async () => {
    await client.initialize(pathToFileURL(dir).href, { workspace: EDIT_CAPABILITIES.workspace });
    await open('lib/main.dart', MAIN);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: uriOf('lib/main.dart') }, range, context: { diagnostics: [], only: ['source'] } });
    assert.deepEqual(actions.map((a: any) => [a.title, a.kind]), [['Add Approov SDK initialisation (one time)', 'source.addSdkInitialisation.pinHygiene']]);
    const mainEdit = actions[0].edit.documentChanges[0];
    assert.deepEqual(mainEdit.textDocument, { uri: uriOf('lib/main.dart'), version: 1 });

    await open('lib/api.dart', PINNED);
    const elsewhere = await client.request('textDocument/codeAction', { textDocument: { uri: uriOf('lib/api.dart') }, range, context: { diagnostics: [], only: ['source'] } });
    // The file's own fixes (fix-all, migrate) are offered there, the one-time set-up is not.
    assert.deepEqual(elsewhere.filter((a: any) => a.kind === 'source.addSdkInitialisation.pinHygiene'), []);
  });

  it('gives no edit to a client that cannot create files when the plan creates one', async () => {
    rmSync(path.join(dir, 'pubspec.yaml'));
    rmSync(path.join(dir, 'lib'), { recursive: true });
    mkdirSync(path.join(dir, 'app', 'src', 'main'), { recursive: true });
    writeFileSync(path.join(dir, 'app', 'build.gradle'), "plugins { id 'com.android.application' }\nandroid { namespace 'com.example.a' }\n");
    writeFileSync(path.join(dir, 'app', 'src', 'main', 'AndroidManifest.xml'), '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n    <application android:label="A" />\n</manifest>\n');
    await client.initialize(pathToFileURL(dir).href, { workspace: { configuration: true, workspaceEdit: { documentChanges: true } } });
    const { plans } = await client.request('pinHygiene/sdkInitPlan', { uri: uriOf('app/build.gradle') });
    assert.equal(plans[0].status, 'ready');
    assert.ok(plans[0].files.some((f: any) => f.create && f.uri.endsWith('/MainApplication.java')));
    assert.equal(plans[0].edit, undefined);
  });
});
