/**
 * Removal of an insecure TLS object from Kotlin/Java code, so that the platform's default validation
 * applies again: a trust-all `X509TrustManager`, an accept-all `HostnameVerifier`, an Apache
 * `TrustStrategy`. The object is followed through the variables that hold it (and, for a trust
 * manager, the `SSLContext` it initialises and the socket factories taken from that context) to the
 * calls that install it (`sslSocketFactory(…)`, `hostnameVerifier(…)`, `setDefaultSSLSocketFactory(…)`,
 * `loadTrustMaterial(…)`, …); all of that is deleted. When any use of any of these values is something
 * else (passed to an unknown method, returned, stored in a public field another file may read), there
 * is no fix: the plan is all or nothing.
 */
import type { TextEdit } from '../../findings';
import { importsMadeUnused } from '../../fixes/unused-imports';
import { escapeRegExp, previousNonSpace, skipSpace, splitArguments, type Span } from './code-syntax';
import { callDeletion, chainStartBefore, deletionRange, dotBefore, statementDeletion, tidyDeletions, withLeadingAnnotations, type JvmSource } from './jvm-edits';
import { closingOf, enclosingOpen, matchingBackward } from './jvm-syntax';

/** What a value is, which decides where it may be used. */
export type ValueKind = 'trust-manager' | 'ssl-context' | 'socket-factory' | 'hostname-verifier' | 'trust-strategy';

/** Bounds the work of one plan: uses examined and variables followed. */
const MAX_STEPS = 200;
const MAX_VARIABLES = 16;
/** How far back a declaration's head (modifiers, type, name) is looked for. */
const HEAD_WINDOW = 400;
/** How far before `context.init(…)` the context's declaration is looked for. */
const CONTEXT_DISTANCE = 20_000;

/** Checked exceptions only the removed TLS set-up throws: a Java `catch` of one of them would no longer compile. */
const SECURITY_EXCEPTIONS = /\b(?:NoSuchAlgorithmException|KeyManagementException|GeneralSecurityException|KeyStoreException|NoSuchProviderException|UnrecoverableKeyException|CertificateException)\b/;

/** Calls of the TLS set-up that throw those exceptions (verifiers and strategies throw none). */
const THROWING_CALL = /\b(?:getInstance|init|loadTrustMaterial|build)\s*\(/;

interface Use {
  span: Span;
  kind: ValueKind;
}

/**
 * The edits deleting the value written at `start` (an anonymous class, a lambda, a library object)
 * and everything that only exists to install it, plus the imports that become unused; undefined when
 * that cannot be done safely.
 */
export function removeInsecureValue(src: JvmSource, start: Span, kind: ValueKind): TextEdit[] | undefined {
  return new Planner(src).plan([{ span: start, kind }]);
}

/**
 * The same for a private named class (`private class TrustAll : X509TrustManager`, Java `private static
 * class …`) whose declaration is `declaration`: the class goes, and so does every place that creates and
 * installs it. Non-private classes may be used by other files, so they get no fix.
 */
function removeInsecureClass(src: JvmSource, declaration: NamedClass, kind: ValueKind): TextEdit[] | undefined {
  const planner = new Planner(src);
  if (countDeclarations(src, declaration.name) !== 1) return undefined;
  planner.deletions.push(declaration.deletion);
  const uses: Use[] = [];
  const found = occurrences(src, declaration.name, { start: 0, end: src.text.length });
  if (!found) return undefined;
  for (const at of found) {
    if (at.start >= declaration.deletion.start && at.end <= declaration.deletion.end) continue;
    const instance = instanceExpression(src, at, declaration.kotlinObject);
    if (!instance) return undefined;
    uses.push({ span: instance, kind });
  }
  return planner.plan(uses);
}

export interface NamedClass {
  name: string;
  /** The deletion of the whole declaration (annotations and comments above it included). */
  deletion: Span;
  kotlinObject: boolean;
}

/**
 * The object expression, anonymous class or private named class whose body holds `memberOffset`,
 * when it implements one of `types` (simple names): `{ anonymous }` is the expression to follow,
 * `{ named }` a private class. Undefined for anything else (a public class other files may use).
 */
function implementationAround(src: JvmSource, memberOffset: number, types: readonly string[]): { anonymous: Span } | { named: NamedClass } | undefined {
  const masked = src.code.masked;
  const open = enclosingOpen(src.code, memberOffset);
  if (open === -1 || masked[open] !== '{') return undefined;
  const close = closingOf(src.code, open);
  if (close === -1) return undefined;
  const windowStart = Math.max(0, open - HEAD_WINDOW);
  const head = masked.slice(windowStart, open);
  const names = types.map(escapeRegExp).join('|');
  const anonymous =
    src.language === 'java'
      ? new RegExp(`\\bnew\\s+(?:[\\w$]+\\s*\\.\\s*)*(?:${names})\\s*\\(\\s*\\)\\s*$`).exec(head)
      : new RegExp(`\\bobject\\s*:\\s*(?:[\\w$]+\\s*\\.\\s*)*(?:${names})(?:\\s*\\(\\s*\\))?\\s*$`).exec(head);
  if (anonymous) return { anonymous: { start: windowStart + anonymous.index, end: close + 1 } };
  const named =
    src.language === 'java'
      ? /(?:^|[;{}])\s*((?:(?:public|protected|private|static|final|abstract)\s+)*)class\s+([A-Za-z_$][\w$]*)\b([^;{}]*)$/.exec(head)
      : /(?:^|[;{}\n])[ \t]*((?:(?:public|protected|private|internal|open|final|abstract|data)\s+)*)(class|object)\s+([A-Za-z_][\w]*)\b([^;{}]*)$/.exec(head);
  if (!named) return undefined;
  const modifiers = named[1];
  const name = src.language === 'java' ? named[2] : named[3];
  const supertypes = src.language === 'java' ? named[3] : named[4];
  if (!/\bprivate\b/.test(modifiers) || !new RegExp(`\\b(?:${names})\\b`).test(supertypes)) return undefined;
  if (named.index === 0 && windowStart > 0) return undefined;
  const declarationStart = skipSpace(masked, windowStart + named.index + (/^[;{}\n]/.test(named[0]) ? 1 : 0));
  return {
    named: {
      name,
      deletion: deletionRange(src, withLeadingAnnotations(src, declarationStart), close + 1),
      kotlinObject: src.language === 'kotlin' && named[2] === 'object',
    },
  };
}

/**
 * The edits removing the implementation of one of `types` that has a member at `memberOffset` (an
 * anonymous object or a named class) together with its installation; undefined when there is none
 * or a use of it cannot be told.
 */
export function removeImplementationAround(src: JvmSource, memberOffset: number, types: readonly string[], kind: ValueKind): TextEdit[] | undefined {
  const implementation = implementationAround(src, memberOffset, types);
  if (!implementation) return undefined;
  return 'anonymous' in implementation ? removeInsecureValue(src, implementation.anonymous, kind) : removeInsecureClass(src, implementation.named, kind);
}

/** `new Name()` / Kotlin `Name()` (or the object `Name`) around an occurrence of a class name. */
function instanceExpression(src: JvmSource, at: Span, kotlinObject: boolean): Span | undefined {
  const masked = src.code.masked;
  if (kotlinObject) return at;
  const open = skipSpace(masked, at.end);
  if (masked[open] !== '(') return undefined;
  const close = closingOf(src.code, open);
  if (close === -1 || masked.slice(open + 1, close).trim() !== '') return undefined;
  if (src.language === 'kotlin') return { start: at.start, end: close + 1 };
  const p = previousNonSpace(masked, at.start);
  if (masked.slice(p - 2, p + 1) !== 'new' || /[\w$]/.test(masked[p - 3] ?? '')) return undefined;
  return { start: p - 2, end: close + 1 };
}

interface CallSink {
  name: string;
  arity: number;
  index: number;
  action: 'delete-call' | 'delete-setter' | 'delete-argument' | 'init-context' | 'strategy-argument' | 'default-verifier';
}

/** Where each kind of value may be installed, and how that installation goes away. */
const CALL_SINKS: Record<ValueKind, readonly CallSink[]> = {
  'trust-manager': [
    { name: 'init', arity: 3, index: 1, action: 'init-context' },
    { name: 'sslSocketFactory', arity: 2, index: 1, action: 'delete-call' },
  ],
  'ssl-context': [{ name: 'setDefault', arity: 1, index: 0, action: 'delete-setter' }],
  'socket-factory': [
    { name: 'sslSocketFactory', arity: 2, index: 0, action: 'delete-call' },
    { name: 'sslSocketFactory', arity: 1, index: 0, action: 'delete-call' },
    { name: 'setDefaultSSLSocketFactory', arity: 1, index: 0, action: 'delete-setter' },
    { name: 'setSSLSocketFactory', arity: 1, index: 0, action: 'delete-setter' },
  ],
  'hostname-verifier': [
    { name: 'hostnameVerifier', arity: 1, index: 0, action: 'delete-call' },
    { name: 'setSSLHostnameVerifier', arity: 1, index: 0, action: 'delete-call' },
    { name: 'setHostnameVerifier', arity: 1, index: 0, action: 'delete-setter' },
    { name: 'setDefaultHostnameVerifier', arity: 1, index: 0, action: 'delete-setter' },
    { name: 'SSLConnectionSocketFactory', arity: 2, index: 1, action: 'delete-argument' },
    { name: 'SSLConnectionSocketFactory', arity: 4, index: 3, action: 'default-verifier' },
  ],
  'trust-strategy': [
    { name: 'loadTrustMaterial', arity: 1, index: 0, action: 'delete-call' },
    { name: 'loadTrustMaterial', arity: 2, index: 1, action: 'strategy-argument' },
    { name: 'loadTrustMaterial', arity: 3, index: 2, action: 'delete-argument' },
  ],
};

/** Kotlin property setters that install a value: `connection.hostnameVerifier = …`. */
const PROPERTY_SINKS: Partial<Record<ValueKind, readonly string[]>> = {
  'socket-factory': ['sslSocketFactory'],
  'hostname-verifier': ['hostnameVerifier'],
};

const JAVA_DECLARATION =
  /(?:^|[;{}])\s*((?:@[\w.]+(?:\([^()]*\))?\s+)*)((?:(?:public|protected|private|static|final|transient|volatile)\s+)*)([\w$.]+(?:\s*<[\w$.?<>, [\]]*>)?(?:\s*\[\s*\])*)\s+([A-Za-z_$][\w$]*)\s*=\s*$/;
const KOTLIN_DECLARATION =
  /(?:^|[;{}\n])[ \t]*((?:@[\w.:]+(?:\([^()\n]*\))?\s+)*)((?:(?:private|internal|public|protected|override|lateinit|const|final|open)\s+)*)(?:val|var)\s+([A-Za-z_][\w]*)([^=;{}\n]*)=\s*$/;
/** What may stand between a Kotlin property's name and its `=`: nothing, or `: Type`. */
const KOTLIN_TYPE = /^\s*(?::\s*[\w.<>?,]+(?:\s+[\w.<>?,]+)*)?\s*$/;
const NOT_TYPES = new Set(['return', 'else', 'throw', 'new', 'case', 'yield', 'assert']);

class Planner {
  readonly deletions: Span[] = [];
  private readonly replacements: TextEdit[] = [];
  private readonly queue: Use[] = [];
  private readonly followed = new Set<string>();
  /** Names other arguments of deleted calls refer to; each must be a followed variable in the end. */
  private readonly requiredNames = new Set<string>();

  constructor(private readonly src: JvmSource) {}

  plan(uses: Use[]): TextEdit[] | undefined {
    this.queue.push(...uses);
    for (let steps = 0; this.queue.length > 0; steps++) {
      if (steps > MAX_STEPS) return undefined;
      const use = this.queue.shift()!;
      if (this.covered(use.span)) continue;
      if (!this.classify(use)) return undefined;
    }
    for (const name of this.requiredNames) if (!this.followed.has(name)) return undefined;
    this.deleteEmptiedBlocks();
    if (this.src.language === 'java' && this.deletions.some((d) => THROWING_CALL.test(this.src.code.masked.slice(d.start, d.end)) && this.insideSecurityCatch(d))) return undefined;
    const tidy = tidyDeletions(this.src, this.deletions);
    if (!tidy) return undefined;
    const edits: TextEdit[] = [
      ...tidy.map((d) => ({ start: d.start, end: d.end, newText: '' })),
      ...this.replacements.filter((r) => !tidy.some((d) => r.start >= d.start && r.end <= d.end)),
    ];
    return [...edits, ...importsMadeUnused(this.src.text, this.src.language, edits, this.src.view)];
  }

  private covered(span: Span): boolean {
    return this.deletions.some((d) => span.start >= d.start && span.end <= d.end);
  }

  private classify(use: Use): boolean {
    const unwrapped = this.unwrap(use);
    if (!unwrapped) return false;
    const { span, kind } = unwrapped;
    if (this.covered(span)) return true;
    const masked = this.src.code.masked;
    const before = previousNonSpace(masked, span.start);
    if (masked[before] === '=' && !/[=!<>+\-*/%&|^]/.test(masked[before - 1] ?? '')) return this.assignment(span, kind, before);
    if (masked[before] === '(' || masked[before] === ',') return this.argument(span, kind);
    if (masked[span.start] === '{' && this.src.language === 'kotlin') return this.trailingLambda(span, kind);
    return false;
  }

  /** Extends a use over what does not change where it goes: parentheses, casts, `[0]`, arrays of it, `.socketFactory`. */
  private unwrap(use: Use): Use | undefined {
    const masked = this.src.code.masked;
    let { start, end } = use.span;
    let kind = use.kind;
    for (let steps = 0; steps < 16; steps++) {
      const after = skipSpace(masked, end);
      const rest = masked.slice(after, after + 200);
      const p = previousNonSpace(masked, start);
      let m: RegExpExecArray | null;
      if ((m = /^\[\s*\d+\s*\]/.exec(rest)) || (m = /^as\??\s+[\w.]+(?:<[\w.?<>, ]*>)?\??/.exec(rest)) || (m = /^!!/.exec(rest))) {
        end = after + m[0].length;
        continue;
      }
      const annotated = withLeadingAnnotations(this.src, start);
      if (annotated < start) {
        // `@SuppressLint("CustomX509TrustManager") object : X509TrustManager { … }`.
        start = annotated;
        continue;
      }
      if (masked[p] === ')' && isCastBefore(this.src, p)) {
        start = matchingBackward(this.src.code, p);
        continue;
      }
      if (masked[p] === '(' && masked[after] === ')' && !isCallParen(masked, p)) {
        start = p;
        end = after + 1;
        continue;
      }
      if (kind === 'trust-manager') {
        const array = this.arrayAround(start, end);
        if (array) {
          ({ start, end } = array);
          continue;
        }
      }
      if (kind === 'ssl-context') {
        if ((m = /^\.\s*getSocketFactory\s*\(\s*\)/.exec(rest)) || (m = /^\.\s*socketFactory\b(?!\s*[(=])/.exec(rest))) {
          end = after + m[0].length;
          kind = 'socket-factory';
          continue;
        }
      }
      // A member of the value is another use of it, except after a Kotlin trailing lambda (`.hostnameVerifier { … }.build()`).
      const trailingLambda = this.src.language === 'kotlin' && masked[start] === '{';
      if (!trailingLambda && (masked[after] === '.' || (masked[after] === '?' && masked[after + 1] === '.'))) return undefined;
      return { span: { start, end }, kind };
    }
    return undefined;
  }

  /** `new TrustManager[] { tm }`, Java `{ tm }` initialisers and Kotlin `arrayOf(tm)` holding only this value. */
  private arrayAround(start: number, end: number): Span | undefined {
    const masked = this.src.code.masked;
    const p = previousNonSpace(masked, start);
    let after = skipSpace(masked, end);
    if (masked[p] === '{') {
      if (masked[after] === ',') after = skipSpace(masked, after + 1);
      if (masked[after] !== '}' || closingOf(this.src.code, p) !== after) return undefined;
      const head = masked.slice(Math.max(0, p - 120), p);
      const creation = /\bnew\s+[\w$.]+\s*\[\s*\]\s*$/.exec(head);
      if (creation) return { start: p - head.length + creation.index, end: after + 1 };
      if (/=\s*$/.test(head)) return { start: p, end: after + 1 };
      return undefined;
    }
    if (masked[after] === ',' && this.src.language === 'kotlin') after = skipSpace(masked, after + 1);
    if (masked[p] === '(' && masked[after] === ')' && closingOf(this.src.code, p) === after) {
      const head = masked.slice(Math.max(0, p - 120), p);
      const call = /\barrayOf\s*(?:<[\w.?<>, ]*>)?\s*$/.exec(head);
      if (call && dotBefore(this.src, p - head.length + call.index) === -1) return { start: p - head.length + call.index, end: after + 1 };
    }
    return undefined;
  }

  /** `T name = value;`, `val name = value`, or Kotlin `x.hostnameVerifier = value`. */
  private assignment(span: Span, kind: ValueKind, equals: number): boolean {
    const masked = this.src.code.masked;
    const windowStart = Math.max(0, span.start - HEAD_WINDOW);
    const head = masked.slice(windowStart, span.start);
    const declaration = (this.src.language === 'java' ? JAVA_DECLARATION : KOTLIN_DECLARATION).exec(head);
    if (declaration && !(declaration.index === 0 && windowStart > 0)) {
      const name = this.src.language === 'java' ? declaration[4] : declaration[3];
      if (this.src.language === 'java' && NOT_TYPES.has(declaration[3])) return false;
      if (this.src.language === 'kotlin' && !KOTLIN_TYPE.test(declaration[4])) return false;
      const start = skipSpace(masked, windowStart + declaration.index + (/^[;{}\n]/.test(declaration[0]) ? 1 : 0));
      return this.declaration(start, span, name, /\bprivate\b/.test(declaration[2]), kind);
    }
    // Kotlin property syntax for a setter: `connection.hostnameVerifier = …`.
    const windowText = masked.slice(Math.max(0, equals - 80), equals);
    const property = /\.\s*(\w+)\s*$/.exec(windowText);
    if (this.src.language !== 'kotlin' || !property || !PROPERTY_SINKS[kind]?.includes(property[1])) return false;
    const dot = equals - windowText.length + property.index;
    const receiverDot = masked[dot - 1] === '?' ? dot - 1 : dot;
    const deletion = statementDeletion(this.src, chainStartBefore(this.src, receiverDot), span.end);
    if (!deletion) return false;
    this.deletions.push(deletion);
    return true;
  }

  /** Deletes a declaration and follows the variable it declares. */
  private declaration(start: number, value: Span, name: string, isPrivate: boolean, kind: ValueKind): boolean {
    const masked = this.src.code.masked;
    const deletion = statementDeletion(this.src, start, value.end);
    if (!deletion) return false;
    const open = enclosingOpen(this.src.code, start);
    let scope: Span;
    if (open !== -1 && masked[open] === '{' && !isTypeBody(this.src, open)) {
      const close = closingOf(this.src.code, open);
      if (close === -1) return false;
      scope = { start: value.end, end: close };
    } else {
      // A field or top-level property: only a private one cannot be read from another file.
      if (!isPrivate || countDeclarations(this.src, name) !== 1) return false;
      scope = { start: 0, end: masked.length };
    }
    const uses = occurrences(this.src, name, scope);
    if (!uses || this.followed.size >= MAX_VARIABLES || this.inTemplate(name, scope)) return false;
    this.followed.add(name);
    this.deletions.push(deletion);
    for (const at of uses) this.queue.push({ span: at, kind });
    return true;
  }

  /** Whether a Kotlin string template in `scope` mentions `name` (masked text does not show it). */
  private inTemplate(name: string, scope: Span): boolean {
    if (this.src.language !== 'kotlin') return false;
    const word = new RegExp(`\\b${escapeRegExp(name)}\\b`);
    return this.src.view.strings.some((s) => s.interpolated && s.start >= scope.start && s.end <= scope.end && word.test(s.value));
  }

  /** The value is an argument of a call or constructor. */
  private argument(span: Span, kind: ValueKind): boolean {
    const masked = this.src.code.masked;
    const open = enclosingOpen(this.src.code, span.start);
    if (open === -1 || masked[open] !== '(') return false;
    const close = closingOf(this.src.code, open);
    if (close === -1) return false;
    const args = splitArguments(masked, open, close);
    const index = args.findIndex((a) => a.start === span.start && a.end === span.end);
    if (index === -1) return false;
    const name = /([A-Za-z_$][\w$]*)\s*(?:<[\w.?<>, ]*>)?\s*$/.exec(masked.slice(Math.max(0, open - 120), open));
    if (!name) return false;
    const nameStart = open - (masked.slice(Math.max(0, open - 120), open).length - name.index);
    const trailing = this.trailingLambdaAfter(close);
    const arity = args.length + (trailing ? 1 : 0);
    const sink = CALL_SINKS[kind].find((s) => s.name === name[1] && s.arity === arity && s.index === index);
    if (!sink) return false;
    return this.install(sink, { nameStart, open, close, end: trailing ? trailing.end : close + 1 }, args, index);
  }

  /** A Kotlin trailing lambda: `hostnameVerifier { _, _ -> true }`, `loadTrustMaterial(null) { _, _ -> true }`. */
  private trailingLambda(span: Span, kind: ValueKind): boolean {
    const masked = this.src.code.masked;
    const p = previousNonSpace(masked, span.start);
    let args: Span[] = [];
    let open = -1;
    let close = -1;
    let nameEnd = p + 1;
    if (masked[p] === ')') {
      open = matchingBackward(this.src.code, p);
      close = p;
      if (open === -1) return false;
      args = splitArguments(masked, open, close);
      nameEnd = previousNonSpace(masked, open) + 1;
    }
    const name = /([A-Za-z_$][\w$]*)$/.exec(masked.slice(Math.max(0, nameEnd - 80), nameEnd));
    if (!name) return false;
    const nameStart = nameEnd - name[1].length;
    const sink = CALL_SINKS[kind].find((s) => s.name === name[1] && s.arity === args.length + 1 && s.index === args.length);
    if (!sink) return false;
    return this.install(sink, { nameStart, open, close, end: span.end }, [...args, span], args.length);
  }

  private trailingLambdaAfter(close: number): Span | undefined {
    if (this.src.language !== 'kotlin') return undefined;
    const masked = this.src.code.masked;
    const brace = skipSpace(masked, close + 1);
    if (masked[brace] !== '{' || masked.slice(close + 1, brace).includes('\n')) return undefined;
    const end = closingOf(this.src.code, brace);
    return end === -1 ? undefined : { start: brace, end: end + 1 };
  }

  /** Applies a sink: deletes the installing call or statement, or drops / replaces the argument. */
  private install(sink: CallSink, call: { nameStart: number; open: number; close: number; end: number }, args: Span[], index: number): boolean {
    const masked = this.src.code.masked;
    switch (sink.action) {
      case 'delete-call':
      case 'delete-setter': {
        if (sink.name === 'setDefault' && !/\bSSLContext\s*\.\s*$/.test(masked.slice(Math.max(0, call.nameStart - 60), call.nameStart))) return false;
        const deletion = callDeletion(this.src, { nameStart: call.nameStart, end: call.end }, sink.action === 'delete-setter');
        if (!deletion || !this.requireOthers(args, index)) return false;
        this.deletions.push(deletion);
        return true;
      }
      case 'delete-argument': {
        if (index === 0) return false;
        this.deletions.push({ start: args[index - 1].end, end: args[index].end });
        return true;
      }
      case 'default-verifier': {
        const head = /(?:new\s+)?((?:[\w$]+\s*\.\s*)*SSLConnectionSocketFactory)\s*$/.exec(masked.slice(Math.max(0, call.open - 160), call.open));
        if (!head) return false;
        this.replacements.push({ start: args[index].start, end: args[index].end, newText: `${head[1].replace(/\s+/g, '')}.getDefaultHostnameVerifier()` });
        return true;
      }
      case 'strategy-argument': {
        // `loadTrustMaterial(null, strategy)` loads the default trust store: the call can go. With a key
        // store, `loadTrustMaterial(keyStore, null)` keeps it and drops only the strategy.
        if (masked.slice(args[0].start, args[0].end).trim() === 'null') {
          const deletion = callDeletion(this.src, { nameStart: call.nameStart, end: call.end });
          if (!deletion) return false;
          this.deletions.push(deletion);
        } else {
          if (call.close === -1 || args[index].start > call.close) return false;
          this.replacements.push({ start: args[index].start, end: args[index].end, newText: 'null' });
        }
        return true;
      }
      case 'init-context':
        return this.initContext(call, args);
    }
  }

  /** Other arguments of a deleted call must be `null` or other values being removed (by variable name). */
  private requireOthers(args: Span[], index: number): boolean {
    const masked = this.src.code.masked;
    for (let i = 0; i < args.length; i++) {
      if (i === index) continue;
      const text = masked.slice(args[i].start, args[i].end).trim();
      if (text === 'null') continue;
      const root = rootName(text);
      if (!root) return false;
      this.requiredNames.add(root);
    }
    return true;
  }

  /**
   * `context.init(null, trustManagers, random)`: deletes the statement and the context, which must be
   * declared as `SSLContext.getInstance(…)`; Kotlin `SSLContext.getInstance(…).apply { init(…) }` likewise.
   * A key manager (first argument) means client certificates: that is left alone (no fix).
   */
  private initContext(call: { nameStart: number; close: number }, args: Span[]): boolean {
    const masked = this.src.code.masked;
    if (masked.slice(args[0].start, args[0].end).trim() !== 'null') return false;
    const dot = dotBefore(this.src, call.nameStart);
    if (dot === -1) {
      // Kotlin `SSLContext.getInstance("TLS").apply { init(null, arrayOf(tm), null) }`.
      const open = enclosingOpen(this.src.code, call.nameStart);
      const close = open === -1 ? -1 : closingOf(this.src.code, open);
      if (close === -1 || masked[open] !== '{' || masked.slice(open + 1, close).trim() !== masked.slice(call.nameStart, call.close + 1)) return false;
      const apply = /\.\s*apply\s*$/.exec(masked.slice(Math.max(0, open - 40), open));
      if (!apply) return false;
      const applyDot = open - (masked.slice(Math.max(0, open - 40), open).length - apply.index);
      const start = chainStartBefore(this.src, applyDot);
      if (!isGetInstance(masked.slice(start, applyDot))) return false;
      this.queue.push({ span: { start, end: close + 1 }, kind: 'ssl-context' });
      return true;
    }
    const chainStart = chainStartBefore(this.src, dot);
    const receiver = masked.slice(chainStart, dot).trim();
    if (!/^[A-Za-z_$][\w$]*$/.test(receiver)) return false;
    const deletion = statementDeletion(this.src, chainStart, call.close + 1);
    if (!deletion) return false;
    const initializer = this.contextInitializer(receiver, chainStart);
    if (!initializer) return false;
    this.deletions.push(deletion);
    this.queue.push({ span: initializer, kind: 'ssl-context' });
    return true;
  }

  /** The `SSLContext.getInstance(…)` initialiser of the variable `name` declared before `at`. */
  private contextInitializer(name: string, at: number): Span | undefined {
    const masked = this.src.code.masked;
    const declaration =
      this.src.language === 'java'
        ? new RegExp(`\\b(?:javax\\.net\\.ssl\\.)?SSLContext\\s+${escapeRegExp(name)}\\s*=\\s*`, 'g')
        : new RegExp(`\\b(?:val|var)\\s+${escapeRegExp(name)}\\b(?:\\s*:\\s*[\\w.?]+)?\\s*=\\s*`, 'g');
    let found: Span | undefined;
    // The context is declared near its `init` (a field farther away than this gets no fix).
    declaration.lastIndex = Math.max(0, at - CONTEXT_DISTANCE);
    for (let m = declaration.exec(masked); m && m.index < at; m = declaration.exec(masked)) {
      const start = m.index + m[0].length;
      const call = /^(?:javax\s*\.\s*net\s*\.\s*ssl\s*\.\s*)?SSLContext\s*\.\s*getInstance\s*\(/.exec(masked.slice(start, start + 80));
      if (!call) {
        found = undefined;
        continue;
      }
      const close = closingOf(this.src.code, start + call[0].length - 1);
      found = close === -1 ? undefined : { start, end: close + 1 };
    }
    return found;
  }

  /**
   * A `try` block or an `if` (without `else`) whose block the deletions emptied goes as a whole, so no
   * empty `try {} catch …` or `if (debug) {}` is left. A `try` with `finally` or resources stays.
   */
  private deleteEmptiedBlocks(): void {
    const masked = this.src.code.masked;
    for (let round = 0; round < 3; round++) {
      let changed = false;
      for (const deletion of [...this.deletions]) {
        const open = enclosingOpen(this.src.code, deletion.start);
        if (open === -1 || masked[open] !== '{') continue;
        const close = closingOf(this.src.code, open);
        if (close === -1 || !this.emptied(open + 1, close)) continue;
        const statement = this.blockStatement(open, close);
        if (!statement || this.covered(statement)) continue;
        const removal = deletionRange(this.src, statement.start, statement.end);
        for (let i = this.deletions.length - 1; i >= 0; i--) {
          if (this.deletions[i].start >= removal.start && this.deletions[i].end <= removal.end) this.deletions.splice(i, 1);
        }
        this.deletions.push(removal);
        changed = true;
      }
      if (!changed) return;
    }
  }

  /** Whether every non-blank character of [start, end) lies in a deletion. */
  private emptied(start: number, end: number): boolean {
    const masked = this.src.code.masked;
    for (let i = start; i < end; i++) {
      if (/\s/.test(masked[i])) continue;
      const deletion = this.deletions.find((d) => i >= d.start && i < d.end);
      if (!deletion) return false;
      i = deletion.end - 1;
    }
    return true;
  }

  /** The whole `try { … } catch …` or `if (…) { … }` statement whose block is [open, close]. */
  private blockStatement(open: number, close: number): Span | undefined {
    const masked = this.src.code.masked;
    const p = previousNonSpace(masked, open);
    let start: number;
    if (masked.slice(p - 2, p + 1) === 'try' && !/[\w$]/.test(masked[p - 3] ?? '')) {
      start = p - 2;
      let end = close + 1;
      for (let clauses = 0; clauses < 16; clauses++) {
        const next = skipSpace(masked, end);
        const clause = /^catch\s*\(/.exec(masked.slice(next, next + 10));
        if (!clause) break;
        const paren = next + clause[0].length - 1;
        const parenClose = closingOf(this.src.code, paren);
        const block = parenClose === -1 ? -1 : skipSpace(masked, parenClose + 1);
        const blockClose = block === -1 || masked[block] !== '{' ? -1 : closingOf(this.src.code, block);
        if (blockClose === -1) return undefined;
        end = blockClose + 1;
      }
      const after = skipSpace(masked, end);
      if (end === close + 1 || /^finally\b/.test(masked.slice(after, after + 8))) return undefined;
      return this.asStatement(start, end);
    }
    if (masked[p] === ')') {
      const paren = matchingBackward(this.src.code, p);
      const keyword = previousNonSpace(masked, paren);
      if (paren === -1 || masked.slice(keyword - 1, keyword + 1) !== 'if' || /[\w$]/.test(masked[keyword - 2] ?? '')) return undefined;
      const after = skipSpace(masked, close + 1);
      if (/^else\b/.test(masked.slice(after, after + 5))) return undefined;
      start = keyword - 1;
      return this.asStatement(start, close + 1);
    }
    return undefined;
  }

  private asStatement(start: number, end: number): Span | undefined {
    const p = previousNonSpace(this.src.code.masked, start);
    if (p >= 0 && !/[{};]/.test(this.src.code.masked[p]) && !(this.src.language === 'kotlin' && this.src.code.masked.slice(p + 1, start).includes('\n'))) return undefined;
    return { start, end };
  }

  /** Whether a Java deletion sits in a `try` whose `catch` names an exception only TLS set-up throws. */
  private insideSecurityCatch(deletion: Span): boolean {
    const masked = this.src.code.masked;
    let open = enclosingOpen(this.src.code, deletion.start);
    for (let depth = 0; open !== -1 && depth < 32; depth++) {
      const p = previousNonSpace(masked, open);
      if (masked[open] === '{' && masked.slice(p - 2, p + 1) === 'try') {
        let end = closingOf(this.src.code, open) + 1;
        for (let clauses = 0; clauses < 16; clauses++) {
          const next = skipSpace(masked, end);
          const clause = /^catch\s*\(/.exec(masked.slice(next, next + 10));
          if (!clause) break;
          const paren = next + clause[0].length - 1;
          const parenClose = closingOf(this.src.code, paren);
          if (parenClose === -1) return true;
          if (SECURITY_EXCEPTIONS.test(masked.slice(paren, parenClose))) return true;
          const blockClose = closingOf(this.src.code, skipSpace(masked, parenClose + 1));
          if (blockClose === -1) return true;
          end = blockClose + 1;
        }
      }
      open = enclosingOpen(this.src.code, open);
    }
    return false;
  }
}

/** Whether the `)` at `close` ends a Java cast `(X509TrustManager)` rather than a call or a condition. */
function isCastBefore(src: JvmSource, close: number): boolean {
  if (src.language !== 'java') return false;
  const masked = src.code.masked;
  const open = matchingBackward(src.code, close);
  if (open === -1 || isCallParen(masked, open)) return false;
  return /^\s*[A-Z][\w$.]*(?:\s*<[\w.?<>, ]*>)?(?:\s*\[\s*\])*\s*$/.test(masked.slice(open + 1, close));
}

/** Whether the `(` at `open` belongs to a call, a declaration or a control header (a name or `)` before it). */
function isCallParen(masked: string, open: number): boolean {
  const p = previousNonSpace(masked, open);
  return p >= 0 && /[\w$)\]>]/.test(masked[p]);
}

function isGetInstance(receiver: string): boolean {
  return /^\s*(?:javax\s*\.\s*net\s*\.\s*ssl\s*\.\s*)?SSLContext\s*\.\s*getInstance\s*\([^()]*\)\s*$/.test(receiver);
}

/** The variable an argument refers to: `tm`, `(X509TrustManager) tms[0]`, `tms[0] as X509TrustManager`, `ctx.socketFactory`. */
function rootName(text: string): string | undefined {
  const m = /^(?:\(\s*[\w.]+(?:\s*\[\s*\])?\s*\)\s*)?(?:this\s*\.\s*)?([A-Za-z_$][\w$]*)(?:\s*\[\s*\d+\s*\])?(?:!!)?(?:\s*\.\s*(?:getSocketFactory\s*\(\s*\)|socketFactory))?(?:\s+as\??\s+[\w.]+\??)?$/.exec(text);
  return m?.[1];
}

/**
 * Where `name` is used in `scope`: whole words (`this.name` included), not calls of a method so named.
 * Undefined when it is also the field name of something else (`other.name`), which cannot be told apart.
 */
function occurrences(src: JvmSource, name: string, scope: Span): Span[] | undefined {
  const masked = src.code.masked;
  const found: Span[] = [];
  const word = new RegExp(`(?<![\\w$])${escapeRegExp(name)}(?![\\w$])`, 'g');
  word.lastIndex = scope.start;
  for (let m = word.exec(masked); m && m.index < scope.end; m = word.exec(masked)) {
    let start = m.index;
    const p = previousNonSpace(masked, start);
    if (masked[p] === '.') {
      // A method of the same name (`builder.sslSocketFactory(sslSocketFactory, tm)`) is not the variable.
      const next = skipSpace(masked, m.index + name.length);
      if (masked[next] === '(' || (masked[next] === '{' && src.language === 'kotlin')) continue;
      const q = previousNonSpace(masked, p);
      if (masked.slice(q - 3, q + 1) !== 'this' || /[\w$]/.test(masked[q - 4] ?? '')) return undefined;
      start = q - 3;
    }
    found.push({ start, end: m.index + name.length });
  }
  return found;
}

/** How many declarations of `name` (variables, parameters, properties, classes) the file has. */
function countDeclarations(src: JvmSource, name: string): number {
  const n = escapeRegExp(name);
  const pattern = new RegExp(`(?:\\b(?:val|var|class|object|interface)\\s+${n}\\b)|(?:[\\w$>\\]]\\s+${n}\\s*[=;,):])|(?:[(,]\\s*${n}\\s*:(?!:))`, 'g');
  return [...src.code.masked.matchAll(pattern)].length;
}

/** Whether the block at `open` is the body of a class, interface, object or anonymous class. */
function isTypeBody(src: JvmSource, open: number): boolean {
  const masked = src.code.masked;
  const p = previousNonSpace(masked, open);
  if (masked[p] === ')') {
    // `new Name(…) {` (Java anonymous class) or `object : Name(…) {`, not `method(…) {`.
    const paren = matchingBackward(src.code, p);
    if (paren === -1) return false;
    const head = masked.slice(Math.max(0, paren - HEAD_WINDOW), paren);
    if (/(?:\bnew\s+|\bobject\s*:\s*)[\w$.]+(?:\s*<[\w$.?, ]*>)?\s*$/.test(head)) return true;
  }
  return /(?:\b(?:class|interface|enum)\s+[\w$]|\bobject\s*:|\bobject\s+[\w$]|\bcompanion\s+object)[^;{}]*$/.test(masked.slice(Math.max(0, open - HEAD_WINDOW), open));
}
