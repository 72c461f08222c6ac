/** Checks that a fixed file is still valid in its language, with the best tool this machine has. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as ts from 'typescript';
import { buildCodeView } from '../../server/src/engine/lexer/code-view';
import { isCodeLanguage, type FileKind } from '../../server/src/engine/languages';
import { parseXml } from '../../server/src/engine/xml/xml-document';
import { repoPath } from '../helpers/paths';

export const JAVA_STUBS = repoPath('test', 'golden', 'stubs', 'java');

/** Problems found in `text`, or [] when it parses. Java is compiled separately (see `compileJava`). */
export function syntaxProblems(kind: FileKind, fileName: string, text: string): string[] {
  if (kind === 'xml' || kind === 'plist') {
    const parsed = parseXml(text);
    return parsed.error ? [`does not parse as XML at offset ${parsed.error.offset}: ${parsed.error.message}`] : [];
  }
  if (kind === 'javascript' || kind === 'typescript') return typescriptProblems(fileName, text);
  if (kind === 'json') {
    try {
      JSON.parse(text);
      return [];
    } catch (error) {
      return [`does not parse as JSON: ${(error as Error).message}`];
    }
  }
  if (kind === 'python') return pythonProblems(text);
  if (isCodeLanguage(kind)) return bracketProblems(kind, text);
  return [];
}

function typescriptProblems(fileName: string, text: string): string[] {
  const scriptKind = /\.(jsx|js|mjs|cjs)$/.test(fileName) ? ts.ScriptKind.JSX : fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, scriptKind);
  const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics ?? [];
  return diagnostics.map((d) => {
    const { line, character } = source.getLineAndCharacterOfPosition(d.start ?? 0);
    return `${line + 1}:${character + 1} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

function pythonProblems(text: string): string[] {
  const run = spawnSync('python3', ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], { input: text, encoding: 'utf8' });
  if (run.error) return [`python3 is not available to check the result: ${run.error.message}`];
  return run.status === 0 ? [] : [`does not parse as Python: ${run.stderr.trim().split('\n').pop()}`];
}

/** Languages without a compiler on the machine: brackets outside strings and comments must balance. */
function bracketProblems(kind: Parameters<typeof buildCodeView>[1], text: string): string[] {
  const masked = buildCodeView(text, kind).masked;
  const stack: { char: string; offset: number }[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i];
    if (c === '(' || c === '[' || c === '{') stack.push({ char: c, offset: i });
    else if (c in pairs) {
      const open = stack.pop();
      if (!open || open.char !== pairs[c]) return [`unbalanced \`${c}\` at offset ${i}`];
    }
  }
  return stack.length ? [`unclosed \`${stack[stack.length - 1].char}\` at offset ${stack[stack.length - 1].offset}`] : [];
}

export function javacAvailable(): boolean {
  return !spawnSync('javac', ['-version'], { encoding: 'utf8' }).error;
}

/**
 * A suite checking that the golden cases' Java files compile against the stubs: those after the
 * change, and those before it too, so the fixtures are real code. The lists are filled while the
 * cases are declared and read when the suite runs; it is skipped without Java files or javac.
 */
export function describeJavaCompiles(
  title: string,
  java: { readonly before: readonly string[]; readonly after: readonly string[] },
  testTitles: { before: string; after: string },
): void {
  describe(title, function () {
    this.timeout(120_000);
    before(function () {
      if (java.after.length === 0) this.skip();
      if (!javacAvailable()) {
        console.log('      skipping: javac is not installed (.ci/run installs default-jdk-headless)');
        this.skip();
      }
    });
    it(testTitles.after, () => {
      assert.equal(compileJava(java.after), '');
    });
    it(testTitles.before, () => {
      assert.equal(compileJava(java.before), '');
    });
  });
}

/** Compiles `files` together with the SDK/library stubs; returns javac's complaints ('' when it compiles). */
export function compileJava(files: readonly string[]): string {
  const out = mkdtempSync(path.join(tmpdir(), 'ph-javac-'));
  try {
    const stubs = existsSync(JAVA_STUBS) ? javaFiles(JAVA_STUBS) : [];
    const run = spawnSync('javac', ['-nowarn', '-encoding', 'UTF-8', '-d', out, ...stubs, ...files], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (run.error) return `javac could not run: ${run.error.message}`;
    return run.status === 0 ? '' : `${run.stdout}${run.stderr}`.trim();
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function javaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.java'))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}
