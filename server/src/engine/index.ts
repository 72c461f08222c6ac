/** The engine's public surface, used by the LSP server, the CLI and the tests. */
export * from './findings';
export * from './languages';
export * from './scanner';
export * from './skip-reason';
export * from './scan-paths';
export * from './walk';
export * from './read-file';
export * from './text';
export { maskSecret } from './redact';
export type { Rule, RuleMeta, RuleContext, Report, PinReport, TextRange, ExpirySettings } from './rule';
export * from './workspace-checks';
export { ALL_RULES } from './rules';
export * from './parallel-scan';
export * from './scan-cache';
export * from './live-checks';
export * from './pins';
export { suppressionFix, suppressionFixTitle } from './suppressions/suppress-fix';
export { NEXT_LINE_DIRECTIVE, SAME_LINE_DIRECTIVE, REASON_PLACEHOLDER } from './suppressions/directives';
