/**
 * Removing a .NET certificate validation callback so the platform's validation applies again, and
 * (for pins) creating the client with the dynamic pinning SDK instead:
 * `new HttpClient(handler)` → `ApproovService.CreateHttpClient(handler)` (NuGet `ApproovService`;
 * its `ApproovHttpClient` refuses a handler that still has a validation callback, so the callback
 * must go first). The reference does not name the package's namespace, so no `using` is added.
 *
 * Forms rewritten: an assignment statement of its own (`handler.ServerCertificateCustomValidationCallback = …;`,
 * `ServicePointManager.ServerCertificateValidationCallback += …;`) and a member of an object
 * initializer (`new HttpClientHandler { ServerCertificateCustomValidationCallback = …, … }`).
 * Callbacks passed as arguments (`new SslStream(stream, false, callback)`) are left alone.
 */
import type { TextEdit } from '../../findings';
import type { CodeView } from '../../lexer/code-view';
import { closingBracket, enclosingOpen } from './apple-code';
import { standaloneStatement, statementRemovalEdit, tidyLineRemovals, withLeadingComments } from './apple-statements';
import { collectionRemovalEdits } from './collection-edits';
import { previousNonSpace, skipSpace, splitArguments, topLevelStop, type Span } from './code-syntax';
import { DOTNET_CALLBACK_PROPERTIES } from './dotnet-callbacks';
import { valueSites, type ValueSite } from './value-sites';

export interface CallbackRemoval {
  edits: TextEdit[];
  /** The handler variable the callback was set on, when there is one (`handler` in `handler.X = …`). */
  handler?: string;
  /** The handler construction when the callback was set in its object initializer (`new HttpClientHandler { … }`). */
  construction?: Span;
}

const SITES = new WeakMap<CodeView, ValueSite[]>();

function sitesOf(view: CodeView): ValueSite[] {
  let sites = SITES.get(view);
  if (!sites) SITES.set(view, (sites = valueSites(view, DOTNET_CALLBACK_PROPERTIES)));
  return sites;
}

/** The value site of a callback property whose name starts at `nameStart`. */
export function callbackSiteAt(view: CodeView, nameStart: number): ValueSite | undefined {
  return sitesOf(view).find((s) => s.nameStart === nameStart);
}

/** The callback property assignment whose value contains `offset` (for `DangerousAcceptAnyServerCertificateValidator`). */
export function callbackSiteContaining(view: CodeView, offset: number): ValueSite | undefined {
  let nearest: ValueSite | undefined;
  for (const site of sitesOf(view)) if (site.valueStart <= offset && (!nearest || site.valueStart > nearest.valueStart)) nearest = site;
  return nearest && offset < valueEnd(view.masked, nearest.valueStart) ? nearest : undefined;
}

/** End of a value: the first top-level `;` or a closing bracket; -1 when there is none. */
function valueEnd(masked: string, start: number): number {
  return topLevelStop(masked, start, (i) => masked[i] === ';');
}

/** The edits removing the callback assignment at `site`, or undefined when it is not written in a form this rewrites. */
export function callbackRemoval(view: CodeView, site: ValueSite): CallbackRemoval | undefined {
  const masked = view.masked;
  if (site.operator === ':') return undefined;
  const before = previousNonSpace(masked, site.nameStart);

  // Object initializer member: `new HttpClientHandler { Callback = …, … }`.
  if (before !== -1 && (masked[before] === '{' || masked[before] === ',') && site.operator === '=') {
    const open = enclosingOpen(view, site.nameStart);
    if (open === -1 || masked[open] !== '{') return undefined;
    const close = closingBracket(view, open);
    if (close === -1) return undefined;
    const sliceStart = Math.max(0, open - 200);
    const creation = /\bnew\s+([A-Za-z_][\w.]*)\s*(\(\s*\))?\s*$/.exec(masked.slice(sliceStart, open));
    if (!creation) return undefined;
    const creationStart = sliceStart + creation.index;
    const members = splitArguments(masked, open, close);
    const member = members.find((m) => m.start === site.nameStart);
    if (!member) return undefined;
    let edits: TextEdit[];
    if (members.length === 1) {
      // Nothing else is initialised: `new HttpClientHandler { … }` → `new HttpClientHandler()`.
      const typeEnd = creationStart + creation[0].indexOf(creation[1]) + creation[1].length;
      edits = [{ start: typeEnd, end: close + 1, newText: '()' }];
    } else {
      const removal = collectionRemovalEdits(view, open, [member], false);
      if (!removal) return undefined;
      edits = removal;
    }
    return { edits, construction: { start: creationStart, end: close + 1 }, handler: assignedVariable(masked, creationStart) };
  }

  // Assignment statement: `handler.Callback = …;`, `ServicePointManager.Callback += …;`.
  const target = /(?:(?:this|[A-Za-z_]\w*)\s*\.\s*)*$/.exec(masked.slice(Math.max(0, site.nameStart - 200), site.nameStart));
  const start = site.nameStart - (target?.[0].length ?? 0);
  const end = valueEnd(masked, site.valueStart);
  if (end === -1 || masked[end] !== ';') return undefined;
  const statement = standaloneStatement(view, start, end);
  if (!statement) return undefined;
  const chain = (target?.[0] ?? '').replace(/\s+/g, '').split('.').filter((p) => p && p !== 'this');
  const handler = chain.length > 0 && chain[chain.length - 1] !== 'ServicePointManager' ? chain[chain.length - 1] : undefined;
  return { edits: tidyLineRemovals(view.text, [statementRemovalEdit(view, withLeadingComments(view, statement))]), handler };
}

/** `var handler = new …` / `handler = new …`: the variable name. */
function assignedVariable(masked: string, creationStart: number): string | undefined {
  return /\b([A-Za-z_]\w*)\s*=\s*$/.exec(masked.slice(Math.max(0, creationStart - 120), creationStart))?.[1];
}

/**
 * `new HttpClient(handler)` → `ApproovService.CreateHttpClient(handler)` for the handler that held the
 * callback (a variable, or the construction itself passed inline). Only the one-argument form without
 * an object initializer: `CreateHttpClient` takes one handler and is not a constructor.
 */
export function createHttpClientEdits(view: CodeView, removal: CallbackRemoval): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const client of clientsOf(view)) {
    const isHandler =
      (removal.handler !== undefined && client.argument === removal.handler) ||
      (removal.construction !== undefined && client.argumentSpan.start === removal.construction.start && client.argumentSpan.end === removal.construction.end);
    if (isHandler) edits.push({ start: client.start, end: client.open, newText: 'ApproovService.CreateHttpClient' });
  }
  return edits;
}

interface ClientConstruction {
  /** Offsets of `new` and of the argument list's `(`. */
  start: number;
  open: number;
  /** The argument as written, without a `this.` qualifier. */
  argument: string;
  argumentSpan: Span;
}

const CLIENTS = new WeakMap<CodeView, ClientConstruction[]>();

/** The file's one-argument `new HttpClient(x)` constructions without an object initializer (found once per file). */
function clientsOf(view: CodeView): ClientConstruction[] {
  let clients = CLIENTS.get(view);
  if (clients) return clients;
  clients = [];
  const masked = view.masked;
  const pattern = /\bnew\s+(?:System\s*\.\s*Net\s*\.\s*Http\s*\.\s*)?HttpClient\s*\(/g;
  for (let m = pattern.exec(masked); m && clients.length < MAX_CLIENTS; m = pattern.exec(masked)) {
    const open = m.index + m[0].length - 1;
    const close = closingBracket(view, open);
    if (close === -1) continue;
    const args = splitArguments(masked, open, close);
    if (args.length !== 1 || masked[skipSpace(masked, close + 1)] === '{') continue;
    clients.push({ start: m.index, open, argument: masked.slice(args[0].start, args[0].end).trim().replace(/^this\s*\.\s*/, ''), argumentSpan: args[0] });
  }
  CLIENTS.set(view, clients);
  return clients;
}

const MAX_CLIENTS = 1000;
