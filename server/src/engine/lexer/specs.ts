import type { CodeLanguage } from '../languages';

/** The lexical facts of a language that matter for masking comments and reading string literals. */
export interface LexerSpec {
  lineComment: '//' | '#';
  blockComments: boolean;
  /** Kotlin, Swift and Dart allow block comments inside block comments. */
  nestedComments: boolean;
  /** Which family of string literal syntax the language uses. */
  strings: 'java' | 'kotlin' | 'groovy' | 'swift' | 'objc' | 'dart' | 'js' | 'csharp' | 'go' | 'python';
  /** JS/TS `/regex/` literals. */
  regexLiterals: boolean;
}

const cLike = { lineComment: '//', blockComments: true, nestedComments: false, regexLiterals: false } as const;

export const LEXER_SPECS: Record<CodeLanguage, LexerSpec> = {
  java: { ...cLike, strings: 'java' },
  kotlin: { ...cLike, nestedComments: true, strings: 'kotlin' },
  groovy: { ...cLike, strings: 'groovy' },
  swift: { ...cLike, nestedComments: true, strings: 'swift' },
  objc: { ...cLike, strings: 'objc' },
  dart: { ...cLike, nestedComments: true, strings: 'dart' },
  javascript: { ...cLike, strings: 'js', regexLiterals: true },
  typescript: { ...cLike, strings: 'js', regexLiterals: true },
  csharp: { ...cLike, strings: 'csharp' },
  go: { ...cLike, strings: 'go' },
  // Written from cLike too, so every spec has the same shape (one hidden class for the lexer's hot loop).
  python: { ...cLike, lineComment: '#', blockComments: false, strings: 'python' },
};
