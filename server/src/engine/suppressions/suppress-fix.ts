/**
 * The "Suppress <rule-id> on the next line" fix: a `pin-hygiene-ignore-next-line` comment, in the
 * file's comment syntax and with the indentation of the finding's line, inserted above that line.
 * The reason is a placeholder that `invalid-suppression` keeps reporting until someone writes one.
 * Not offered where a comment line cannot go: inside a string literal, a comment, a YAML block
 * scalar or a continued value, after a backslash line continuation, before an XML declaration.
 */
import type { Finding, Fix } from '../findings';
import { isCodeLanguage, type FileKind } from '../languages';
import { buildCodeView, type CodeView } from '../lexer/code-view';
import { indentationAt, lineEnding } from '../fixes/text-ranges';
import { ALL_RULES } from '../rules';
import { NEXT_LINE_DIRECTIVE, REASON_PLACEHOLDER } from './directives';
import { commentSyntaxOf, fileCommentsOf, rangeAround } from './file-comments';
import { isCommentSuppressible } from './rule-status';

export function suppressionFixTitle(ruleId: string): string {
  return `Suppress ${ruleId} on the next line`;
}

export function suppressionFix(kind: FileKind, text: string, finding: Pick<Finding, 'ruleId' | 'offset' | 'file'>): Fix | undefined {
  const rule = ALL_RULES.find((r) => r.meta.id === finding.ruleId);
  if (rule && !isCommentSuppressible(rule)) return undefined;
  let syntax = commentSyntaxOf(kind);
  if (!syntax || finding.offset < 0 || finding.offset > text.length) return undefined;
  let view: CodeView | undefined;
  const code = (): CodeView => (view ??= buildCodeView(text, kind as Parameters<typeof buildCodeView>[1]));
  const layout = fileCommentsOf(kind, text, code);
  if (!layout) return undefined;

  let lineStart = text.lastIndexOf('\n', finding.offset - 1) + 1;
  const around = rangeAround(layout.opaque, lineStart);
  if (around) {
    // In XML, a finding on an attribute of a start tag spread over lines: the comment goes above the tag.
    const tag = layout.startTags && rangeAround(layout.startTags, lineStart);
    if (!tag || tag.start !== around.start) return undefined;
    lineStart = text.lastIndexOf('\n', tag.start - 1) + 1;
    if (text.slice(lineStart, tag.start).trim() !== '') return undefined;
  }
  if ((kind === 'xml' || kind === 'plist') && !isBetweenXmlMarkup(text, lineStart)) return undefined;
  if (isCodeLanguage(kind)) {
    const masked = code().masked;
    if (/\\\r?\n$/.test(masked.slice(Math.max(0, lineStart - 3), lineStart))) return undefined;
    if (kind === 'javascript' || kind === 'typescript') {
      if (isJsxChild(masked, lineStart, finding.file)) syntax = { open: '{/*', close: ' */}' };
    }
  }
  const comment = `${syntax.open} ${NEXT_LINE_DIRECTIVE} ${finding.ruleId}: ${REASON_PLACEHOLDER}${syntax.close}`;
  return {
    title: suppressionFixTitle(finding.ruleId),
    edits: [{ start: lineStart, end: lineStart, newText: indentationAt(text, lineStart) + comment + lineEnding(text) }],
  };
}

/**
 * Whether a comment line may go at `lineStart` of an XML file: after the XML declaration, and
 * between markup (a `>` before, a `<` after), not inside the text of an element such as `<string>`.
 */
function isBetweenXmlMarkup(text: string, lineStart: number): boolean {
  if (/^\uFEFF?\s*<\?xml/.test(text) && lineStart <= text.indexOf('<?xml')) return false;
  let after = lineStart;
  while (after < text.length && /\s/.test(text[after])) after++;
  let before = lineStart - 1;
  while (before >= 0 && /\s/.test(text[before])) before--;
  return text[after] === '<' && (before < 0 || text[before] === '>' || text[before] === '\uFEFF');
}

/**
 * Whether the line starting at `lineStart` is a child of a JSX element (a `//` line there would be
 * text on screen; `{/* … *\/}` is a comment): it begins with `<` or `{` and the code line before it
 * ends a tag (`>`, not `=>`). Plain `.ts` files have no JSX.
 */
function isJsxChild(masked: string, lineStart: number, file: string): boolean {
  if (/\.[cm]?ts$/i.test(file)) return false;
  let at = lineStart;
  while (masked[at] === ' ' || masked[at] === '\t') at++;
  if (masked[at] !== '<' && masked[at] !== '{') return false;
  let before = lineStart - 1;
  while (before >= 0 && /\s/.test(masked[before]) && lineStart - before < 10_000) before--;
  return masked[before] === '>' && masked[before - 1] !== '=';
}
