/**
 * Removing static TrustKit pinning policies, shared by `ios-trustkit-pins` and
 * `ios-trustkit-enforce-pinning-off` so both rules offer the same edit for the same policy (fix-all
 * then applies it once).
 *
 * A domain policy is "static" when it lists literal `kTSKPublicKeyHashes` or does not enforce its
 * pins (report-only pinning protects nothing, so removing it loses nothing). When every domain of a
 * configuration is static, the whole configuration goes: the Info.plist `TSKConfiguration` key, or
 * the `TrustKit.initSharedInstance(withConfiguration:)` / `[TrustKit initSharedInstanceWithConfiguration:]`
 * statement with the configuration variable it alone uses. TrustKit refuses a configuration without
 * domains, so removing domains one by one is only done while another domain stays.
 *
 * `TrustKit.sharedInstance()` raises once TrustKit is not initialised, so when the app validates
 * challenges itself (`kTSKSwizzleNetworkDelegates` false) or this file still calls
 * `sharedInstance`/`pinningValidator`, the whole removal leaves a follow-up step and never runs in bulk.
 */
import type { Fix, TextEdit } from '../../findings';
import type { CodeView } from '../../lexer/code-view';
import type { RuleContext } from '../../rule';
import type { XmlElement } from '../../xml/xml-document';
import { topLevelColon } from './alamofire';
import { assignedName, closingBracket, collectionElements, dictionaryKeyOf, enclosingOpen } from './apple-code';
import { declarationStatement, moduleImportRemoval, standaloneStatement, statementRemovalEdit, tidyLineRemovals, usesOutside, withLeadingComments } from './apple-statements';
import { collectionRemovalEdits } from './collection-edits';
import { escapeRegExp, skipSpace, type Span } from './code-syntax';
import { arrayItems, dictEntries, findEntries, plistBoolean, plistString, plistTopValue, type PlistEntry } from './plist';
import { entryRemovalEdit } from './plist-edits';
import { FALSE_VALUE, hashesOfValue, isTskKey, looksLikeBase64Hash, tskValue } from './trustkit';
import { unusedConstantRemovals } from './unused-constants';
import { urlSessionMigration } from './urlsession-migration';

const FOLLOW_UP =
  'Remove the TrustKit pinningValidator calls from your URLSession delegates: TrustKit.sharedInstance() raises once TrustKit is no longer initialised.';

function dynamicNote(hosts: readonly string[]): string {
  return `(pins then come from dynamic pinning; add ${hosts.length > 1 ? 'the hosts' : 'the host'} with \`approov api -add\`)`;
}

// ---------------------------------------------------------------------------------------------
// Info.plist TSKConfiguration

interface PlistConfig {
  entry: PlistEntry;
  domains: PlistEntry[];
  swizzle: boolean | undefined;
  /** Whether every domain policy is static, computed on first use. */
  allStatic?: boolean;
}

const PLIST_CONFIGS = new WeakMap<XmlElement, PlistConfig[]>();

/** The TrustKit configurations of an Info.plist (read once per parsed document). */
function plistConfigs(context: RuleContext): PlistConfig[] {
  const top = plistTopValue(context);
  if (!top) return [];
  let configs = PLIST_CONFIGS.get(top);
  if (!configs) PLIST_CONFIGS.set(top, (configs = readPlistConfigs(top)));
  return configs;
}

function readPlistConfigs(top: XmlElement): PlistConfig[] {
  const entries = [...findEntries(top, 'TSKConfiguration'), ...findEntries(top, 'kTSKConfiguration')];
  return entries
    .filter((entry) => entry.value?.name === 'dict')
    .map((entry) => {
      const domains: PlistEntry[] = [];
      for (const child of dictEntries(entry.value)) {
        if (isTskKey(child.key, 'TSKPinnedDomains')) domains.push(...dictEntries(child.value));
      }
      return { entry, domains, swizzle: plistBoolean(tskValue(entry.value, 'TSKSwizzleNetworkDelegates')) };
    });
}

function isStaticPlistPolicy(policy: XmlElement | undefined): boolean {
  if (policy?.name !== 'dict') return false;
  if (plistBoolean(tskValue(policy, 'TSKEnforcePinning')) === false) return true;
  return arrayItems(tskValue(policy, 'TSKPublicKeyHashes')).some((item) => looksLikeBase64Hash(plistString(item) ?? ''));
}

/** Fixes for the TrustKit policy of `domain` (an entry of a `TSKPinnedDomains` dict) in an Info.plist. */
export function plistTrustKitFixes(context: RuleContext, domain: PlistEntry): Fix[] {
  const config = plistConfigs(context).find((c) => c.domains.some((d) => d.keyElement === domain.keyElement));
  if (!config) return [];
  config.allStatic ??= config.domains.every((d) => isStaticPlistPolicy(d.value));
  if (config.allStatic) {
    const hosts = config.domains.map((d) => d.key);
    return [
      {
        title: `Remove the TrustKit ${config.entry.key} for ${hosts.join(', ')} from Info.plist ${dynamicNote(hosts)}`,
        preferred: true,
        edits: [entryRemovalEdit(context.text, config.entry)],
        ...(config.swizzle === false ? { followUp: FOLLOW_UP } : {}),
      },
    ];
  }
  return [
    {
      title: `Remove the TrustKit policy for ${domain.key} from Info.plist ${dynamicNote([domain.key])}`,
      preferred: true,
      edits: [entryRemovalEdit(context.text, domain)],
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Swift and Objective-C configuration dictionaries

interface DomainPolicy {
  /** The `host: policy` element of the pinned-domains dictionary. */
  element: Span;
  host: string;
  /** The policy dictionary's bracket, when the policy is written inline. */
  open: number | undefined;
}

/** The opening bracket of the dictionary literal written at `start` (`[` or the `{` of `@{`), or -1. */
function dictionaryOpenAt(masked: string, start: number): number {
  if (masked[start] === '[') return start;
  if (masked[start] === '@' && masked[start + 1] === '{') return start + 1;
  return -1;
}

/** Where a dictionary literal's value starts, given its bracket (the `@` of `@{`). */
function literalStart(masked: string, open: number): number {
  return masked[open] === '{' && masked[open - 1] === '@' ? open - 1 : open;
}

/** A key written directly in the dictionary at `open` (`key :` at its top level); the value's start, or -1. */
function directValueOf(view: CodeView, open: number, key: string): number {
  const masked = view.masked;
  const close = closingBracket(view, open);
  if (close === -1 || close - open > MAX_POLICY_SPAN) return -1;
  const inner = masked.slice(open, close);
  const pattern = new RegExp(`\\b${escapeRegExp(key)}\\b\\s*:(?!:)`, 'g');
  for (let m = pattern.exec(inner); m; m = pattern.exec(inner)) {
    if (enclosingOpen(view, open + m.index) === open) return skipSpace(masked, open + m.index + m[0].length);
  }
  return -1;
}

/** Largest configuration or policy dictionary read. */
const MAX_POLICY_SPAN = 50_000;

function isStaticCodePolicy(view: CodeView, open: number): boolean {
  const enforce = directValueOf(view, open, 'kTSKEnforcePinning');
  if (enforce !== -1 && FALSE_VALUE.test(view.masked.slice(enforce, enforce + 80))) return true;
  const hashes = directValueOf(view, open, 'kTSKPublicKeyHashes');
  return hashes !== -1 && hashesOfValue(view, hashes).length > 0;
}

function domainPolicies(view: CodeView, domainsOpen: number): DomainPolicy[] {
  const masked = view.masked;
  const policies: DomainPolicy[] = [];
  for (const element of collectionElements(view, domainsOpen)) {
    const colon = topLevelColon(masked, element.start, element.end);
    if (colon === -1) return [];
    const valueStart = skipSpace(masked, colon + 1);
    const key = dictionaryKeyOf(view, valueStart);
    const open = dictionaryOpenAt(masked, valueStart);
    policies.push({ element, host: key?.key.value ?? masked.slice(element.start, colon).trim(), open: open === -1 ? undefined : open });
  }
  return policies;
}

/**
 * Fixes for the TrustKit domain policy that holds `offset` (a key inside it) in Swift or
 * Objective-C code; [] when the configuration is not written in a way the fix can rewrite safely
 * (policy in a variable, configuration built in pieces or passed around).
 */
export function codeTrustKitFixes(view: CodeView, language: 'swift' | 'objc', offset: number): Fix[] {
  const masked = view.masked;
  const policyOpen = enclosingOpen(view, offset);
  if (policyOpen === -1 || dictionaryOpenAt(masked, literalStart(masked, policyOpen)) !== policyOpen) return [];
  const hostKey = dictionaryKeyOf(view, literalStart(masked, policyOpen));
  if (!hostKey) return [];
  const domainsOpen = enclosingOpen(view, hostKey.start);
  if (domainsOpen === -1) return [];
  const domainsKey = dictionaryKeyOf(view, literalStart(masked, domainsOpen));
  if (!domainsKey || !/^kTSKPinnedDomains$/.test(domainsKey.key.value)) return [];
  const policies = domainPolicies(view, domainsOpen);
  const own = policies.find((p) => p.open === policyOpen);
  if (!own) return [];

  if (policies.every((p) => p.open !== undefined && isStaticCodePolicy(view, p.open))) {
    const configOpen = enclosingOpen(view, domainsKey.start);
    const whole = configOpen === -1 ? undefined : cachedWholeFix(view, language, configOpen, policies.map((p) => p.host));
    return whole ? [whole] : [];
  }
  const removal = collectionRemovalEdits(view, domainsOpen, [own.element], masked[domainsOpen] === '[');
  if (!removal?.length) return [];
  const edits = tidyLineRemovals(view.text, [...removal, ...unusedConstantRemovals(view, [own.element])]);
  return [{ title: `Remove the TrustKit policy for ${own.host} ${dynamicNote([own.host])}`, preferred: true, edits }];
}

const WHOLE_FIXES = new WeakMap<CodeView, Map<number, Fix | undefined>>();

/** The whole-configuration fix, computed once per configuration (every domain's finding shares it). */
function cachedWholeFix(view: CodeView, language: 'swift' | 'objc', configOpen: number, hosts: string[]): Fix | undefined {
  let known = WHOLE_FIXES.get(view);
  if (!known) WHOLE_FIXES.set(view, (known = new Map()));
  if (!known.has(configOpen)) known.set(configOpen, wholeConfigurationFix(view, language, configOpen, hosts));
  return known.get(configOpen);
}

const SWIFT_INIT = /\bTrustKit\s*\.\s*initSharedInstance\s*\(\s*withConfiguration\s*:\s*$/;
const OBJC_INIT = /\[\s*TrustKit\s+initSharedInstanceWithConfiguration\s*:\s*$/;

/** The TrustKit initialisation call whose configuration argument starts at `argumentStart`: its span, or undefined. */
function initCallAround(view: CodeView, argumentStart: number): Span | undefined {
  const masked = view.masked;
  const before = masked.slice(Math.max(0, argumentStart - 120), argumentStart);
  const swift = SWIFT_INIT.exec(before);
  const objc = OBJC_INIT.exec(before);
  const match = swift ?? objc;
  if (!match) return undefined;
  const start = argumentStart - before.length + match.index;
  const open = swift ? masked.indexOf('(', start) : start;
  const close = closingBracket(view, open);
  return close === -1 ? undefined : { start, end: close + 1 };
}

function wholeConfigurationFix(view: CodeView, language: 'swift' | 'objc', configOpen: number, hosts: string[]): Fix | undefined {
  const masked = view.masked;
  const configStart = literalStart(masked, configOpen);
  const configClose = closingBracket(view, configOpen);
  if (configClose === -1) return undefined;
  const removed: Span[] = [];

  const inlineCall = initCallAround(view, configStart);
  if (inlineCall) {
    if (skipSpace(masked, configClose + 1) !== inlineCall.end - 1) return undefined;
    const statement = standaloneStatement(view, inlineCall.start, inlineCall.end);
    if (!statement) return undefined;
    removed.push(statement);
  } else {
    const name = assignedName(masked, configStart);
    if (!name) return undefined;
    const declaration = declarationStatement(view, name, configStart, configOpen);
    if (!declaration) return undefined;
    const uses = usesOutside(masked, new RegExp(`(?<![\\w.])(?:self\\s*\\.\\s*)?${escapeRegExp(name)}\\b`), [declaration]);
    if (uses.length !== 1) return undefined;
    const nameStart = masked.indexOf(name, uses[0]);
    const call = initCallAround(view, uses[0]);
    if (!call || skipSpace(masked, nameStart + name.length) !== call.end - 1) return undefined;
    const statement = standaloneStatement(view, call.start, call.end);
    if (!statement) return undefined;
    removed.push(declaration, statement);
  }

  const edits: TextEdit[] = [...removed.map((span) => statementRemovalEdit(view, withLeadingComments(view, span))), ...unusedConstantRemovals(view, removed)];
  const stillUsesTrustKit = usesOutside(masked, /\b(?:TrustKit|TSK\w+|kTSK\w+)\b/, [...removed, ...importLines(view)]).length > 0;
  const importRemoval = stillUsesTrustKit ? undefined : moduleImportRemoval(view, 'TrustKit');
  const swizzle = directValueOf(view, configOpen, 'kTSKSwizzleNetworkDelegates');
  const validatesItself =
    (swizzle !== -1 && FALSE_VALUE.test(masked.slice(swizzle, swizzle + 80))) ||
    usesOutside(masked, /\bTrustKit\s*\.?\s*sharedInstance\b|\bpinningValidator\b/, removed).length > 0;

  let title = `Remove the TrustKit initialisation with the static pins of ${hosts.join(', ')} ${dynamicNote(hosts)}`;
  const migration = language === 'swift' ? urlSessionMigration(view) : undefined;
  if (migration) {
    // The new import takes the place of `import TrustKit` when that line goes.
    const newImport = migration.edits.find((e) => e.start === e.end && /\bimport ApproovURLSession\b/.test(e.newText));
    let migrationEdits = migration.edits;
    let replacedImport: TextEdit | undefined;
    if (newImport && importRemoval && newImport.start >= importRemoval.start && newImport.start <= importRemoval.end) {
      const line = view.text.slice(importRemoval.start, importRemoval.end);
      replacedImport = { start: importRemoval.start, end: importRemoval.start + line.trimEnd().length, newText: `${/^[ \t]*/.exec(line)![0]}import ApproovURLSession` };
      migrationEdits = migration.edits.filter((e) => e !== newImport);
    }
    const removals = [...edits, replacedImport ?? importRemoval].filter((e): e is TextEdit => e !== undefined);
    if (!migrationEdits.some((e) => removals.some((r) => e.start < r.end && r.start < e.end))) {
      edits.push(...migrationEdits);
      if (replacedImport) edits.push(replacedImport);
      else if (importRemoval) edits.push(importRemoval);
      title = `Remove the TrustKit initialisation with the static pins of ${hosts.join(', ')} and create this file's sessions with ApproovURLSession ${dynamicNote(hosts)}`;
    } else if (importRemoval) edits.push(importRemoval);
  } else if (importRemoval) edits.push(importRemoval);
  const tidy = tidyLineRemovals(view.text, edits);
  return { title, preferred: true, edits: tidy, ...(validatesItself ? { followUp: FOLLOW_UP } : {}) };
}

/** The import lines of a Swift/Objective-C file (never count as uses of a module). */
function importLines(view: CodeView): Span[] {
  const spans: Span[] = [];
  const pattern = /^[ \t]*(?:@?import\b|#(?:import|include)\b)[^\n]*/gm;
  for (let m = pattern.exec(view.text); m && spans.length < 500; m = pattern.exec(view.text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
