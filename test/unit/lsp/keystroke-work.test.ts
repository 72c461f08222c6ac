import { strict as assert } from 'node:assert';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Scanner } from '../../../server/src/engine';
import { DocumentValidator } from '../../../server/src/lsp/document-validator';
import { PinIndex } from '../../../server/src/lsp/pin-index';
import { ScannerCache } from '../../../server/src/lsp/scanner-cache';
import { DEFAULT_SETTINGS, type Settings } from '../../../server/src/lsp/settings';
import type { SettingsStore } from '../../../server/src/lsp/settings-store';

const PIN = 'sha256/6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';
const EDITED = 'file:///ws/app/src/main/java/Api.kt';

/** Counts what a keystroke costs: documents scanned, characters scanned, reads of other files' findings. */
interface Work {
  scans: string[];
  characters: number;
  otherFindingReads: number;
}

/** A pin finding of another workspace file that counts every property read. */
function countedFinding(index: number, work: Work): Finding {
  const finding: Finding = {
    ruleId: 'okhttp-certificate-pinner',
    category: 'pin',
    severity: 'warning',
    file: `F${index}.kt`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    message: 'pin',
    fixable: false,
    offset: 0,
    endOffset: 1,
    host: `host${index}.example.com`,
    pins: [PIN],
  };
  return new Proxy(finding, {
    get(target, key, receiver) {
      work.otherFindingReads++;
      return Reflect.get(target, key, receiver);
    },
  });
}

/** Runs `edits` keystrokes on one open document of a workspace whose index holds `workspaceFiles` other files. */
async function keystrokes(workspaceFiles: number, edits: number): Promise<Work> {
  const work: Work = { scans: [], characters: 0, otherFindingReads: 0 };
  const pins = new PinIndex();
  for (let i = 0; i < workspaceFiles; i++) {
    pins.withLive(`file:///ws/F${i}.kt`, [countedFinding(i, work)]);
    pins.recordCheck({ host: `host${i}.example.com`, error: { kind: 'skipped', message: 'not looked up' }, checkedAt: new Date(0) }, 'test');
  }
  pins.recordCheck({ host: 'api.example.com', error: { kind: 'skipped', message: 'not looked up' }, checkedAt: new Date(0) }, 'test');

  let document = TextDocument.create(EDITED, 'kotlin', 1, `val p = CertificatePinner.Builder().add("api.example.com", "${PIN}").build()\n`);
  const documents = { get: (uri: string) => (uri === EDITED ? document : undefined), all: () => [document] } as unknown as TextDocuments<TextDocument>;
  const published: { uri: string; version?: number }[] = [];
  const connection = {
    sendDiagnostics: (p: { uri: string; version?: number }) => void published.push(p),
    console: { log: () => undefined, error: (m: string) => assert.fail(m) },
  } as unknown as Connection;
  const settings = { forDocument: async (): Promise<Settings> => ({ ...DEFAULT_SETTINGS, validationDelay: 0 }) } as unknown as SettingsStore;
  class CountingScanners extends ScannerCache {
    override get(s: Settings): Scanner {
      const scanner = super.get(s);
      return {
        scan: (uri: string, text: string, languageId?: string) => {
          work.scans.push(uri);
          work.characters += text.length;
          return scanner.scan(uri, text, languageId);
        },
      } as Scanner;
    }
  }
  const validator = new DocumentValidator(connection, documents, settings, new CountingScanners(), pins);
  work.otherFindingReads = 0; // what filling the index cost is not a keystroke's

  for (let version = 2; version < edits + 2; version++) {
    document = TextDocument.update(document, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'x' }], version);
    const before = published.length;
    validator.schedule(EDITED);
    for (let i = 0; i < 200 && published.length === before; i++) await new Promise((r) => setTimeout(r, 1));
    assert.equal(published.at(-1)?.version, version, 'each keystroke is published');
  }
  assert.ok(published.every((p) => p.uri === EDITED), 'only the edited document is published');
  return work;
}

describe('per-keystroke work in the language server', () => {
  it('scans only the edited document, once per keystroke, and touches no other file\'s findings', async () => {
    const small = await keystrokes(10, 20);
    const large = await keystrokes(2000, 20);
    for (const work of [small, large]) {
      assert.deepEqual(new Set(work.scans), new Set([EDITED]));
      assert.equal(work.scans.length, 20);
      assert.equal(work.otherFindingReads, 0);
    }
    assert.equal(large.characters, small.characters, 'the work per keystroke does not grow with the workspace');
  });
});
