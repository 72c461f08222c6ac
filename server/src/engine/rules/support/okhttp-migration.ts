/**
 * The quick fix of `okhttp-certificate-pinner`: moves an OkHttp client with a hardcoded
 * `CertificatePinner` to dynamic pinning with the Approov service layer.
 *
 * What is rewritten (Kotlin and Java), and nothing else:
 * - the pinner is a `CertificatePinner.Builder()…add(…)…build()` chain written inline in
 *   `.certificatePinner(…)`, or the initializer of a local / private `val`, field or Kotlin
 *   `by lazy` property whose only uses are `.certificatePinner(name)` calls, or a builder local
 *   filled by `pins.add(…)` statements of its own block and built once in `.certificatePinner(pins.build())`;
 * - each such call is in a client builder chain that ends in `.build()` (or on a builder variable
 *   whose one `.build()` follows in the same block), in a statement of a function body or lambda, a
 *   Kotlin property (`val … by lazy { … }`) or a Kotlin expression-bodied function.
 * The client expression becomes `ApproovService.getOkHttpClient()`, preceded by
 * `ApproovService.setOkHttpClientBuilder(<the builder without the pinner>)`. When the client's only
 * use is `.client(…)` of a Retrofit builder, the Retrofit service layer's
 * `ApproovService.getRetrofit(<builder>)` is used instead. The pinner, private constants only it
 * read and the `CertificatePinner` import go. Anything else gets no fix (see the rule docs).
 */
import type { Fix, TextEdit } from '../../findings';
import { applyEdits } from '../../fixes/apply-edits';
import { importEdit } from '../../fixes/imports';
import { indentationAt, lineEnding, lineStartOf, startsLine, wholeLinesRange } from '../../fixes/text-ranges';
import type { Span } from './code-syntax';
import { callText, declarationRemoval, expressionLines, finishEdits, identifierUses, importRemoval, namedUses, rangeLookup } from './fix-text';
import { chainThrough, isEmptyCall, parseChain, type CallChain } from './jvm-chains';
import { constantDeclaration, declarationWithInitializer, lazyDeclarationOf, namesIn, removalsOfUnusedConstants, type JvmFile } from './jvm-declarations';
import { blockAround, indentUnit, statementEnd, statementStart, type BlockContext } from './jvm-statements';
import { closingOf, type JvmCode } from './jvm-syntax';

const OKHTTP_SERVICE = 'io.approov.service.okhttp.ApproovService';
const RETROFIT_SERVICE = 'io.approov.service.retrofit.ApproovService';

/** Longest statement text before a rewritten expression that the declaration patterns read (real ones are a line or two). */
const MAX_PREFIX = 2_000;

/** Control flow or operators in front of an expression: inserting a statement before it would change what runs. */
const CONTROL = /(?<![\w$])(?:if|else|when|for|while|switch|try|catch|finally|do|synchronized|throw)(?![\w$])|->|&&|\|\||\s\?\s|\?:/;

const KOTLIN_PROPERTY =
  /^((?:(?:private|internal|public|protected|override|final|open|@[\w.]+(?:\([^()]*\))?)\s+)*)val\s+([A-Za-z_]\w*)\s*(?::\s*([\w.<>?, ]+?))?\s*=\s*$/;
const KOTLIN_EXPRESSION_FUN =
  /^(?:(?:private|internal|public|protected|override|final|open|@[\w.]+(?:\([^()]*\))?)\s+)*fun\s+(?:<[^<>]*>\s*)?([A-Za-z_]\w*)\s*\(([^]*)\)\s*(?::\s*([\w.<>?, ]+?))?\s*=\s*$/;
const KOTLIN_LOCAL = /^(?:val|var)\s+([A-Za-z_]\w*)\s*(?::\s*[\w.<>?, ]+?)?\s*=\s*$/;
const JAVA_LOCAL = /^(?:final\s+)?[\w.]+(?:\s*<[\w.?<>, ]*>)?\s+([A-Za-z_$][\w$]*)\s*=\s*$/;
const ASSIGNMENT = /^(?:this\s*\.\s*)?([A-Za-z_$][\w$]*)\s*=\s*$/;
const RETURN = /^return(?:@\w+)?\s*$/;

/** Where a rewritten expression sits, and how a set-up statement can go before it. */
type Site =
  | { form: 'statement'; start: number; lineStart: number; indent: string; unit: string; name?: string }
  | { form: 'lazy-property'; start: number; indent: string; unit: string; name: string; typeEnd: number; hasType: boolean }
  | { form: 'expression-fun'; start: number; indent: string; unit: string; name: string; typeEnd: number; hasType: boolean };


/** The site of the expression [start, end), or undefined when a set-up statement cannot be put before it safely. */
function siteOf(file: JvmFile, start: number, end: number): Site | undefined {
  const { code, language } = file;
  const text = file.view.text;
  const masked = code.masked;
  const block = blockAround(code, start);
  if (!block) return undefined;
  const anchor = block.outermostParen === -1 ? start : block.outermostParen;
  const stmtStart = statementStart(code, language, anchor, block.open);
  if (stmtStart === undefined || stmtStart > anchor) return undefined;
  const stmtEnd = statementEnd(code, language, block.outermostParen === -1 ? end : closingOf(code, block.outermostParen) + 1);
  if (stmtEnd === undefined) return undefined;
  const prefix = masked.slice(stmtStart, start);
  if (prefix.length > MAX_PREFIX || CONTROL.test(prefix)) return undefined;
  const endsStatement = masked.slice(end, stmtEnd).trim().replace(/;$/, '') === '';
  const indent = indentationAt(text, stmtStart);
  const unit = indentUnit(text, indent, block.open);
  if (!startsLine(text, stmtStart)) return undefined;

  if (language === 'kotlin' && block.outermostParen === -1 && endsStatement) {
    const fun = KOTLIN_EXPRESSION_FUN.exec(prefix);
    if (fun) {
      const typeEnd = stmtStart + prefix.lastIndexOf('=');
      return { form: 'expression-fun', start: stmtStart, indent, unit, name: fun[1], typeEnd: trimBack(masked, typeEnd), hasType: fun[3] !== undefined };
    }
    if (block.kind !== 'code') {
      const property = KOTLIN_PROPERTY.exec(prefix);
      if (!property || /@JvmField\b/.test(property[1])) return undefined;
      const typeEnd = stmtStart + prefix.lastIndexOf('=');
      return { form: 'lazy-property', start: stmtStart, indent, unit, name: property[2], typeEnd: trimBack(masked, typeEnd), hasType: property[3] !== undefined };
    }
  }
  if (block.kind !== 'code') return undefined;
  let name: string | undefined;
  if (block.outermostParen === -1) {
    const trimmed = prefix.trim();
    const declared = (language === 'kotlin' ? KOTLIN_LOCAL : JAVA_LOCAL).exec(trimmed) ?? ASSIGNMENT.exec(trimmed);
    if (declared) name = declared[1];
    else if (RETURN.test(trimmed)) name = enclosingFunctionName(masked, block);
    else if (trimmed !== '') return undefined;
  }
  return { form: 'statement', start: stmtStart, lineStart: lineStartOf(text, stmtStart), indent, unit, name };
}

/** How a multi-line argument is laid out: as the SDK README writes Kotlin, as Android Studio formats Java. */
function layoutOf(file: JvmFile, indent: string, unit: string): { indent: string; unit: string; eol: string; style: 'block' | 'hug' } {
  return { indent, unit, eol: lineEnding(file.view.text), style: file.language === 'java' ? 'hug' : 'block' };
}

function trimBack(masked: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(masked[i - 1])) i--;
  return i;
}

/** The name of the function whose body is `block` (`fun name(…)`, Java `Type name(…)`), for builder names. */
function enclosingFunctionName(masked: string, block: BlockContext): string | undefined {
  if (block.open < 0) return undefined;
  const header = masked.slice(Math.max(0, block.open - 300), block.open);
  return /([A-Za-z_$][\w$]*)\s*\([^()]*\)[^(){};=]*$/.exec(header)?.[1];
}

/** What a site's expression is replaced by, with the set-up statement before it. */
function rewriteAt(file: JvmFile, site: Site, expression: Span, setup: (indent: string) => string, replacement: (indent: string) => string, type: string): TextEdit {
  const text = file.view.text;
  const eol = lineEnding(text);
  const semicolon = file.language === 'java' ? ';' : '';
  if (site.form === 'statement') {
    const before = text.slice(site.lineStart, expression.start);
    return {
      start: site.lineStart,
      end: expression.end,
      newText: `${site.indent}${setup(site.indent)}${semicolon}${eol}${before}${replacement(site.indent)}`,
    };
  }
  const inner = site.indent + site.unit;
  const header = site.hasType ? '' : `: ${type}`;
  const body = `${inner}${setup(inner)}${eol}${inner}${site.form === 'expression-fun' ? 'return ' : ''}${replacement(inner)}`;
  const opening = site.form === 'lazy-property' ? ' by lazy {' : ' {';
  return { start: site.typeEnd, end: expression.end, newText: `${header}${opening}${eol}${body}${eol}${site.indent}}` };
}

const PINNER_BUILDER = /^(?:new)?(?:okhttp3\.)?CertificatePinner\.Builder\(\)$/;

/** The `.` (or `?.`) before the name that starts at `nameStart`, or undefined. */
function dotBefore(masked: string, nameStart: number): number | undefined {
  let dot = nameStart - 1;
  while (dot >= 0 && /\s/.test(masked[dot])) dot--;
  if (masked[dot] !== '.') return undefined;
  return masked[dot - 1] === '?' ? dot - 1 : dot;
}

/** Whether every segment from `from` on is a plain `add(…)` call. */
function onlyAdds(chain: CallChain, from: number, to = chain.segments.length): boolean {
  return chain.segments.slice(from, to).every((s) => s.name === 'add' && s.open !== -1 && s.lambdaOpen === -1);
}

/** A pinner chain `CertificatePinner.Builder()….add(…)….build()`, or undefined. */
function pinnerChain(code: JvmCode, chain: CallChain): CallChain | undefined {
  const masked = code.masked;
  const segments = chain.segments;
  const last = segments[segments.length - 1];
  if (!last || last.name !== 'build' || !isEmptyCall(masked, last)) return undefined;
  const firstAdd = segments.findIndex((s) => s.name === 'add');
  if (firstAdd === -1 || !PINNER_BUILDER.test(masked.slice(chain.start, segments[firstAdd].dot).replace(/\s+/g, ''))) return undefined;
  return onlyAdds(chain, firstAdd, segments.length - 1) ? chain : undefined;
}

/** Where a pinner is written and where it goes: what the fix removes, and the `.certificatePinner(…)` calls it migrates. */
interface PinnerSource {
  /** The `.` of each `.certificatePinner(…)` that receives the pinner. */
  useDots: number[];
  /** Removals of the pinner's own code (declaration, add statements). */
  removals: TextEdit[];
  /** Text that disappears with the pinner (for counting what still reads a name). */
  dropped: Span[];
  /** The pinner's `add(…)` arguments, whose constants may go too. */
  arguments: Span[];
  near: number;
}

function addArguments(chain: CallChain): Span[] {
  return chain.segments.filter((s) => s.name === 'add' && s.open !== -1).map((s) => ({ start: s.open + 1, end: s.close }));
}

/** A pinner chain written inline in `.certificatePinner(…)`, or as the initializer of a declaration used only there. */
function sourceOfChain(file: JvmFile, pinner: CallChain): PinnerSource | undefined {
  const { code } = file;
  const pinnerSpan = { start: pinner.start, end: pinner.end };
  const inline = soleArgumentOf(code, pinnerSpan, 'certificatePinner');
  const base = { arguments: addArguments(pinner), near: pinner.start };
  if (inline !== undefined) return { ...base, useDots: [inline], removals: [], dropped: [pinnerSpan] };
  const declaration = declarationWithInitializer(file, pinnerSpan) ?? lazyDeclarationOf(file, pinnerSpan);
  if (!declaration) return undefined;
  const useDots: number[] = [];
  for (const use of namedUses(file.view, declaration.name, declaration.scope.start, declaration.scope.end)) {
    if (use >= declaration.start && use < declaration.end) continue;
    const dot = soleArgumentOf(code, { start: use, end: use + declaration.name.length }, 'certificatePinner');
    if (dot === undefined) return undefined;
    useDots.push(dot);
  }
  if (useDots.length === 0 || useDots.length > 8) return undefined;
  const removal = declarationRemoval(file.view.text, code.masked, declaration.start, declaration.end);
  return { ...base, useDots, removals: [removal], dropped: [removal, pinnerSpan] };
}

/**
 * A pinner builder held in a local (`CertificatePinner.Builder pins = new CertificatePinner.Builder();`),
 * filled by `pins.add(…)` statements of the same block (no loops or branches) and built once, in
 * `.certificatePinner(pins.build())`.
 */
function sourceOfBuilderVariable(file: JvmFile, statement: CallChain): PinnerSource | undefined {
  const { code, language } = file;
  const masked = code.masked;
  const text = file.view.text;
  const variable = masked.slice(statement.start, statement.primaryEnd);
  if (!/^[A-Za-z_$][\w$]*$/.test(variable)) return undefined;
  const declaration = constantDeclaration(file, variable, statement.start);
  if (!declaration || declaration.scope.start !== declaration.end) return undefined;
  const initializer = masked.slice(declaration.start, declaration.end).replace(/\s+/g, '');
  if (!new RegExp(`${variable}=(?:new)?(?:okhttp3\\.)?CertificatePinner\\.Builder\\(\\);?$`).test(initializer)) return undefined;
  const block = blockAround(code, declaration.start);
  if (!block) return undefined;
  const removals = [declarationRemoval(text, masked, declaration.start, declaration.end)];
  const dropped: Span[] = [...removals];
  const useDots: number[] = [];
  const args: Span[] = [];
  // Uses come in text order after the declaration, so only the last removal can hold the next one.
  for (const use of namedUses(file.view, variable, declaration.scope.start, declaration.scope.end)) {
    if (use < dropped[dropped.length - 1].end) continue;
    const chain = parseChain(code, use);
    if (!chain || chain.segments.length === 0) return undefined;
    if (chain.segments.length === 1 && chain.segments[0].name === 'build' && isEmptyCall(masked, chain.segments[0])) {
      const dot = soleArgumentOf(code, { start: chain.start, end: chain.end }, 'certificatePinner');
      if (dot === undefined) return undefined;
      useDots.push(dot);
      continue;
    }
    // `pins.add(…);` as a statement of the declaring block itself.
    const around = blockAround(code, use);
    const start = around && around.outermostParen === -1 && around.open === block.open ? statementStart(code, language, use, block.open) : undefined;
    const end = statementEnd(code, language, chain.end);
    if (start !== use || end === undefined || !onlyAdds(chain, 0) || masked.slice(chain.end, end).trim().replace(/;$/, '') !== '') return undefined;
    const removal = declarationRemoval(text, masked, start, end);
    removals.push(removal);
    dropped.push(removal);
    args.push(...addArguments(chain));
  }
  if (useDots.length !== 1) return undefined;
  return { useDots, removals, dropped, arguments: args, near: statement.start };
}

/** If [start, end) is the sole argument of a `.name(…)` chain segment, the offset of that segment's `.`. */
function soleArgumentOf(code: JvmCode, span: Span, name: string): number | undefined {
  const masked = code.masked;
  let open = span.start - 1;
  while (open >= 0 && /\s/.test(masked[open])) open--;
  if (masked[open] !== '(') return undefined;
  const close = closingOf(code, open);
  if (close === -1 || masked.slice(span.end, close).trim() !== '') return undefined;
  let nameEnd = open;
  while (nameEnd > 0 && /\s/.test(masked[nameEnd - 1])) nameEnd--;
  if (masked.slice(nameEnd - name.length, nameEnd) !== name || /[\w$]/.test(masked[nameEnd - name.length - 1] ?? '')) return undefined;
  let dot = nameEnd - name.length - 1;
  while (dot >= 0 && /\s/.test(masked[dot])) dot--;
  if (masked[dot] !== '.') return undefined;
  return masked[dot - 1] === '?' ? dot - 1 : dot;
}

/** The builder expression of a client chain: everything before `.build()`, less the cut segment. */
interface ClientChain {
  chain: CallChain;
  /** The expression the fix replaces: from the chain start to the end of `.build()`. */
  expression: Span;
  /** The segment cut out (`.certificatePinner(…)`), with the lines it alone occupies. */
  cut: Span | undefined;
  /** End of the builder part that is kept (before `.build()`). */
  builderEnd: number;
}

function clientChain(code: JvmCode, chain: CallChain, cutIndex: number | undefined, buildIndex: number): ClientChain {
  const kept = chain.segments.slice(0, buildIndex).filter((_, i) => i !== cutIndex);
  const builderEnd = kept.length ? kept[kept.length - 1].end : chain.primaryEnd;
  const cutSegment = cutIndex === undefined ? undefined : chain.segments[cutIndex];
  const cut = cutSegment ? wholeLinesRange(code.masked, cutSegment.dot, cutSegment.end) : undefined;
  return { chain, expression: { start: chain.start, end: chain.segments[buildIndex].end }, cut, builderEnd };
}

function builderLines(file: JvmFile, client: ClientChain, extraCut: Span[] = []): string[] {
  const text = file.view.text;
  const cuts = [...(client.cut ? [client.cut] : []), ...extraCut];
  return expressionLines(text, client.chain.start, client.builderEnd, cuts, indentationAt(text, client.chain.start));
}

/** The `.build()` segment after `from` in a chain, if it is a plain `build()` call. */
function buildIndexAfter(masked: string, chain: CallChain, from: number): number {
  for (let i = from + 1; i < chain.segments.length; i++) if (chain.segments[i].name === 'build') return isEmptyCall(masked, chain.segments[i]) ? i : -1;
  return -1;
}

interface Plan {
  service: string;
  edits: TextEdit[];
  dropped: Span[];
}

/** Pinners of one file that get a fix computed; each costs a pass over the file, so a file with more stays linear (its later pinners get none). */
const MAX_PINNERS_FIXED = 16;

/** What the fixes of one file share: one fix per pinner, the count against the budget, file-wide facts read once. */
export class OkHttpFixes {
  private readonly fixes = new Map<string, Fix | undefined>();
  private computed = 0;
  private namedBuilders?: boolean;

  constructor(readonly file: JvmFile) {}

  /** Whether clients get named builders: the file has more than one pinned client or already sets a builder. */
  usesNamedBuilders(): boolean {
    const masked = this.file.code.masked;
    this.namedBuilders ??= (masked.match(/\.\s*certificatePinner\s*\(/g)?.length ?? 0) > 1 || /\bApproovService\s*\.\s*setOkHttpClientBuilder\s*\(/.test(masked);
    return this.namedBuilders;
  }

  /**
   * The fix for the add() call whose name starts at `addStart`, or undefined when the code is not a
   * shape this fix rewrites. Every add() of one pinner gets the same fix, computed once.
   */
  fixFor(addStart: number): Fix | undefined {
    const { code } = this.file;
    const dot = dotBefore(code.masked, addStart);
    const found = dot === undefined ? undefined : chainThrough(code, dot);
    if (!found) return undefined;
    const chain = pinnerChain(code, found.chain);
    // A pinner chain is known by its start; `pins.add(…)` statements by their variable and block.
    const key = chain ? `chain:${chain.start}` : `variable:${blockAround(code, found.chain.start)?.open}:${code.masked.slice(found.chain.start, found.chain.primaryEnd)}`;
    if (this.fixes.has(key)) return this.fixes.get(key);
    let fix: Fix | undefined;
    if (this.computed < MAX_PINNERS_FIXED) {
      this.computed++;
      const source = chain ? sourceOfChain(this.file, chain) : sourceOfBuilderVariable(this.file, found.chain);
      fix = source && pinnerMigration(this, source);
    }
    this.fixes.set(key, fix);
    return fix;
  }
}

function pinnerMigration(fixes: OkHttpFixes, source: PinnerSource): Fix | undefined {
  const { file } = fixes;
  const { code } = file;
  const masked = code.masked;
  const text = file.view.text;
  const useDots = source.useDots;
  const edits: TextEdit[] = [...source.removals];
  const dropped: Span[] = [...source.dropped];

  const namedBuilders = fixes.usesNamedBuilders();
  let service: string | undefined;
  for (const dot of useDots) {
    const plan = clientMigration(file, dot, namedBuilders);
    if (!plan) return undefined;
    if (service && plan.service !== service) return undefined;
    service = plan.service;
    edits.push(...plan.edits);
    dropped.push(...plan.dropped);
  }
  if (!service) return undefined;
  if (importsOtherService(masked, service)) return undefined;

  // Constants only the pinner read, and the CertificatePinner import, go too.
  const names = [...new Set(source.arguments.flatMap((arg) => namesIn(masked, arg)))];
  for (const removal of removalsOfUnusedConstants(file, names, source.near, dropped)) {
    edits.push(removal);
    dropped.push(removal);
  }
  const added = importEdit(text, masked, file.language, { from: service });
  if (added) edits.push(added);
  const isDropped = rangeLookup(dropped);
  const pinnerUses = identifierUses(masked, 'CertificatePinner', 0, masked.length, true).filter((use) => !isDropped(use));
  const importLine = importRemoval(masked, 'okhttp3.CertificatePinner');
  if (importLine && pinnerUses.every((use) => use >= importLine.start && use < importLine.end)) edits.push(importLine);

  const merged = finishEdits(text, edits);
  if (!merged || !applyEdits(text, merged).ok) return undefined;
  const retrofit = service === RETROFIT_SERVICE;
  return {
    title: retrofit
      ? 'Migrate to dynamic pinning: ApproovService.getRetrofit(…) (Retrofit service layer), remove the CertificatePinner'
      : 'Migrate to dynamic pinning: ApproovService.getOkHttpClient(), remove the CertificatePinner',
    preferred: true,
    edits: merged,
  };
}

/** Whether the file already imports an `ApproovService` of another service layer (the new import would clash). */
function importsOtherService(masked: string, service: string): boolean {
  const imported = /^[ \t]*import[ \t]+([\w.]+)\.ApproovService\b/gm;
  for (let m = imported.exec(masked); m; m = imported.exec(masked)) if (`${m[1]}.ApproovService` !== service) return true;
  return false;
}

/** The edits that move the client built through the `.certificatePinner(…)` at `dot` to the service layer. */
function clientMigration(file: JvmFile, dot: number, namedBuilders: boolean): Plan | undefined {
  const { code } = file;
  const masked = code.masked;
  const found = chainThrough(code, dot);
  if (!found) return undefined;
  const { chain, index } = found;
  const build = buildIndexAfter(masked, chain, index);
  if (build !== -1) {
    return migrateClientExpression(file, clientChain(code, chain, index, build), namedBuilders, []);
  }
  if (chain.segments.slice(index + 1).some((s) => s.name === 'build')) return undefined;
  return migrateBuilderVariable(file, chain, index, namedBuilders);
}

/**
 * `builder.certificatePinner(p)` (a statement) or `val builder = OkHttpClient.Builder().certificatePinner(p)`,
 * with one `builder.build()` later in the same block: the segment goes and that build() is migrated.
 */
function migrateBuilderVariable(file: JvmFile, chain: CallChain, index: number, namedBuilders: boolean): Plan | undefined {
  const { code, language } = file;
  const masked = code.masked;
  const text = file.view.text;
  const block = blockAround(code, chain.start);
  if (!block || block.kind !== 'code') return undefined;
  const cutSegment = chain.segments[index];
  const declaration = declarationWithInitializer(file, { start: chain.start, end: chain.end });
  let variable: string;
  let statement: Span;
  if (declaration) {
    variable = declaration.name;
    statement = declaration;
  } else {
    if (block.outermostParen !== -1) return undefined;
    const primary = masked.slice(chain.start, chain.primaryEnd);
    if (!/^[A-Za-z_$][\w$]*$/.test(primary)) return undefined;
    const start = statementStart(code, language, chain.start, block.open);
    const end = statementEnd(code, language, chain.end);
    if (start !== chain.start || end === undefined || masked.slice(chain.end, end).trim().replace(/;$/, '') !== '') return undefined;
    variable = primary;
    statement = { start, end };
  }
  const blockEnd = closingOf(code, block.open);
  const builds = [...masked.slice(statement.end, blockEnd).matchAll(new RegExp(`(?<![\\w$.])${variable}\\s*\\.\\s*build\\s*\\(\\s*\\)`, 'g'))];
  if (builds.length !== 1) return undefined;
  const buildAt = statement.end + builds[0].index!;
  const buildBlock = blockAround(code, buildAt);
  if (!buildBlock || buildBlock.open !== block.open) return undefined;
  const buildChain = parseChain(code, buildAt);
  if (!buildChain || buildChain.segments[0]?.name !== 'build') return undefined;

  const edits: TextEdit[] = [];
  const onlySegment = !declaration && index === 0 && chain.segments.length === 1;
  const cut = onlySegment ? declarationRemoval(text, masked, statement.start, statement.end) : { ...wholeLinesRange(masked, cutSegment.dot, cutSegment.end), newText: '' };
  edits.push(cut);
  const plan = migrateClientExpression(file, clientChain(code, buildChain, undefined, 0), namedBuilders, []);
  if (!plan) return undefined;
  return { ...plan, edits: [...edits, ...plan.edits], dropped: [cut, ...plan.dropped] };
}

/** Migrates a client expression (`<builder>.build()`), through Retrofit when that is the client's only use. */
function migrateClientExpression(file: JvmFile, client: ClientChain, namedBuilders: boolean, extraCut: Span[]): Plan | undefined {
  if (!namedBuilders) {
    const retrofit = retrofitMigration(file, client);
    if (retrofit) return retrofit;
  }
  const site = siteOf(file, client.expression.start, client.expression.end);
  if (!site) return undefined;
  const name = namedBuilders ? JSON.stringify(site.name ?? 'pinned') : undefined;
  if (namedBuilders && !site.name) return undefined;
  const lines = builderLines(file, client, extraCut);
  const edit = rewriteAt(
    file,
    site,
    client.expression,
    (indent) => callText('ApproovService.setOkHttpClientBuilder', lines, layoutOf(file, indent, site.unit), name ? `${name}, ` : ''),
    () => `ApproovService.getOkHttpClient(${name ?? ''})`,
    'OkHttpClient',
  );
  return { service: OKHTTP_SERVICE, edits: [edit], dropped: client.cut ? [client.cut] : [] };
}

/**
 * The client goes only into `Retrofit.Builder()….client(<it>)….build()`: written inline there, or held
 * in a local / private `val` that nothing else reads. Then Retrofit's service layer builds both.
 */
function retrofitMigration(file: JvmFile, client: ClientChain): Plan | undefined {
  const { code } = file;
  const masked = code.masked;
  const text = file.view.text;
  const edits: TextEdit[] = [];
  const dropped: Span[] = [];
  let clientDot = soleArgumentOf(code, client.expression, 'client');
  if (clientDot === undefined) {
    const declaration = declarationWithInitializer(file, client.expression);
    if (!declaration) return undefined;
    const uses = namedUses(file.view, declaration.name, declaration.scope.start, declaration.scope.end).filter(
      (use) => use < declaration.start || use >= declaration.end,
    );
    if (uses.length !== 1) return undefined;
    clientDot = soleArgumentOf(code, { start: uses[0], end: uses[0] + declaration.name.length }, 'client');
    if (clientDot === undefined) return undefined;
    const removal = declarationRemoval(text, masked, declaration.start, declaration.end);
    edits.push(removal);
    dropped.push(removal);
  }
  const found = chainThrough(code, clientDot);
  if (!found) return undefined;
  const { chain, index } = found;
  if (!/^(?:new)?(?:retrofit2\.)?Retrofit\.Builder\(\)/.test(masked.slice(chain.start, chain.segments[index].dot).replace(/\s+/g, ''))) return undefined;
  const build = buildIndexAfter(masked, chain, index);
  if (build === -1) return undefined;
  const retrofit = clientChain(code, chain, index, build);
  // The declaration removal must not fall inside the Retrofit expression that is rewritten.
  if (dropped.some((d) => d.start < retrofit.expression.end && d.end > retrofit.expression.start)) return undefined;
  const site = siteOf(file, retrofit.expression.start, retrofit.expression.end);
  if (!site) return undefined;
  const okhttpLines = builderLines(file, client);
  const retrofitLines = builderLines(file, retrofit);
  const edit = rewriteAt(
    file,
    site,
    retrofit.expression,
    (indent) => callText('ApproovService.setOkHttpClientBuilder', okhttpLines, layoutOf(file, indent, site.unit)),
    (indent) => callText('ApproovService.getRetrofit', retrofitLines, layoutOf(file, indent, site.unit)),
    'Retrofit',
  );
  edits.push(edit);
  if (client.cut) dropped.push(client.cut);
  return { service: RETROFIT_SERVICE, edits, dropped };
}
