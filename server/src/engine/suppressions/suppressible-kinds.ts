import type { FileKind } from '../languages';

/** File kinds that have comments, so suppression comments (JSON and certificate files have none). */
export const SUPPRESSIBLE_KINDS: readonly FileKind[] = [
  'java', 'kotlin', 'swift', 'objc', 'dart', 'javascript', 'typescript', 'csharp', 'go', 'python', 'groovy',
  'xml', 'plist', 'yaml', 'properties', 'env',
];
