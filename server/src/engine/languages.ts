/** What kind of file a path is, decided by its name alone (cheap, before reading it). */

export type CodeLanguage =
  | 'java'
  | 'kotlin'
  | 'swift'
  | 'objc'
  | 'dart'
  | 'javascript'
  | 'typescript'
  | 'csharp'
  | 'go'
  | 'python'
  | 'groovy';

/** `certificate`: a bundled certificate file (DER or PEM), read as bytes (see `Scanner.scanBytes`). */
export type FileKind = CodeLanguage | 'xml' | 'plist' | 'json' | 'yaml' | 'properties' | 'env' | 'certificate';

const BY_EXTENSION: Record<string, FileKind> = {
  '.java': 'java',
  '.kt': 'kotlin',
  '.kts': 'kotlin',
  '.swift': 'swift',
  '.m': 'objc',
  '.mm': 'objc',
  '.h': 'objc',
  '.dart': 'dart',
  '.js': 'javascript',
  '.jsx': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.ts': 'typescript',
  '.tsx': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.cs': 'csharp',
  '.go': 'go',
  '.py': 'python',
  '.gradle': 'groovy',
  '.groovy': 'groovy',
  '.xml': 'xml',
  '.plist': 'plist',
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.properties': 'properties',
  '.cer': 'certificate',
  '.crt': 'certificate',
  '.der': 'certificate',
  '.pem': 'certificate',
};

/** File kinds whose content is bytes, not text: scanned with `Scanner.scanBytes`. */
export function isBinaryKind(kind: FileKind): boolean {
  return kind === 'certificate';
}

const CODE_LANGUAGES = new Set<FileKind>([
  'java', 'kotlin', 'swift', 'objc', 'dart', 'javascript', 'typescript', 'csharp', 'go', 'python', 'groovy',
]);

export function isCodeLanguage(kind: FileKind): kind is CodeLanguage {
  return CODE_LANGUAGES.has(kind);
}

/** The file kind for a path, or undefined when Pin Hygiene has nothing to say about such files. */
export function fileKindOf(path: string): FileKind | undefined {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  if (name === '.env' || name.startsWith('.env.')) return 'env';
  const dot = name.lastIndexOf('.');
  if (dot <= 0 && !name.startsWith('.')) return undefined;
  if (name.endsWith('.d.ts')) return undefined;
  return BY_EXTENSION[name.slice(dot).toLowerCase()];
}

/** VS Code / LSP language ids mapped to file kinds, for documents without a useful file name. */
const BY_LANGUAGE_ID: Record<string, FileKind> = {
  java: 'java',
  kotlin: 'kotlin',
  swift: 'swift',
  'objective-c': 'objc',
  'objective-cpp': 'objc',
  dart: 'dart',
  javascript: 'javascript',
  javascriptreact: 'javascript',
  typescript: 'typescript',
  typescriptreact: 'typescript',
  csharp: 'csharp',
  go: 'go',
  python: 'python',
  groovy: 'groovy',
  xml: 'xml',
  plist: 'plist',
  json: 'json',
  jsonc: 'json',
  yaml: 'yaml',
  properties: 'properties',
  dotenv: 'env',
};

export function fileKindOfDocument(path: string, languageId?: string): FileKind | undefined {
  return fileKindOf(path) ?? (languageId ? BY_LANGUAGE_ID[languageId] : undefined);
}
