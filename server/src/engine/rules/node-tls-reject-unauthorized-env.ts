import type { Fix } from '../findings';
import type { Rule, RuleContext } from '../rule';
import { isDebugOnly } from './support/callbacks';
import { propertyRemoval, statementRemoval } from './support/code-fixes/settings';
import { removeCode } from './support/code-fixes/removal';
import { valueSites } from './support/value-sites';

const NAME = 'NODE_TLS_REJECT_UNAUTHORIZED';
/** `.env`: `NODE_TLS_REJECT_UNAUTHORIZED=0`, `export NODE_TLS_REJECT_UNAUTHORIZED="0"`. */
const ENV_LINE = /^[ \t]*(?:export[ \t]+)?(NODE_TLS_REJECT_UNAUTHORIZED)[ \t]*=[ \t]*(['"]?)0\2[ \t]*(?:#[^\n]*)?$/gm;
/** package.json scripts and YAML/JSON env maps: `NODE_TLS_REJECT_UNAUTHORIZED=0 node …`, `"NODE_TLS_REJECT_UNAUTHORIZED": "0"`. */
const INLINE = /\b(NODE_TLS_REJECT_UNAUTHORIZED)(?:=0(?![\w.])|["']?[ \t]*:[ \t]*["']?0(?![\w.])["']?)/g;

/** `NODE_TLS_REJECT_UNAUTHORIZED` set to 0 in code, `.env` files, package.json scripts or YAML. */
export const nodeTlsRejectUnauthorizedEnv: Rule = {
  meta: {
    id: 'node-tls-reject-unauthorized-env',
    title: 'NODE_TLS_REJECT_UNAUTHORIZED set to 0',
    category: 'tls',
    severity: 'error',
    fileKinds: ['javascript', 'typescript', 'env', 'json', 'yaml'],
    keywords: [NAME],
    fixable: true,
    docs: [
      'Flags `process.env.NODE_TLS_REJECT_UNAUTHORIZED = \'0\'` (also `process.env[\'NODE_TLS_REJECT_UNAUTHORIZED\'] = 0`), `NODE_TLS_REJECT_UNAUTHORIZED=0` in `.env` files, and the same setting in package.json scripts and YAML/JSON environment maps. Reading the variable, setting it to `1`, deleting it, and commented-out lines are not flagged.',
      '',
      '**Why it matters.** The variable turns off certificate validation for every TLS connection of the Node process, including ones made by libraries, so anyone on the network path can intercept and change all of its traffic (man-in-the-middle). Node prints a warning but does not refuse.',
      '',
      '**What to do.** Remove the setting. To trust a private CA, use `NODE_EXTRA_CA_CERTS=/path/to/ca.pem` or the `ca` option of the client.',
      '',
      '**Quick fix.** Removes the `process.env… = \'0\'` statement, the `NODE_TLS_REJECT_UNAUTHORIZED: \'0\'` entry of an environment object, the `.env` line, or the `NODE_TLS_REJECT_UNAUTHORIZED=0 ` prefix of a package.json script. Other JSON and YAML settings get no fix.',
    ].join('\n'),
  },
  detect(context) {
    if (context.kind === 'javascript' || context.kind === 'typescript') detectInCode(context, context.kind);
    else detectInText(context);
  },
};

const MESSAGE =
  '`NODE_TLS_REJECT_UNAUTHORIZED=0` turns off certificate validation for every TLS connection of the process: anyone on the network path can intercept and change the traffic (man-in-the-middle). ' +
  'Remove it; to trust a private CA use NODE_EXTRA_CA_CERTS or the `ca` option.';

function detectInCode(context: RuleContext, language: 'javascript' | 'typescript'): void {
  const view = context.code();
  for (const site of valueSites(view, [NAME], { quoted: true })) {
    if (site.operator !== '=' && site.operator !== ':') continue;
    const value = view.stringAt(site.valueStart);
    const zero = value ? !value.interpolated && value.value.trim() === '0' : /^0(?![\w.])/.test(view.masked.slice(site.valueStart, site.valueStart + 2));
    if (!zero || isDebugOnly(view, site.nameStart, language)) continue;
    const valueEnd = value ? value.end : site.valueStart + 1;
    const edits = site.operator === ':' ? propertyRemoval(view, site, valueEnd) : statementRemoval(view, 'js', site, valueEnd);
    context.report({ start: site.nameStart, end: site.nameEnd, message: MESSAGE, fixes: removalFix(edits) });
  }
}

function detectInText(context: RuleContext): void {
  const text = context.text;
  const pattern = context.kind === 'env' ? ENV_LINE : INLINE;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index + m[0].indexOf(NAME);
    if (context.kind === 'yaml' && isYamlComment(text, start)) continue;
    context.report({ start, end: start + NAME.length, message: MESSAGE, fixes: removalFix(textEdits(context, m, start)) });
  }
}

/** Whether a `#` comment starts before `offset` on its line (YAML). */
function isYamlComment(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /(?:^|\s)#/.test(text.slice(lineStart, offset));
}

function removalFix(edits: Fix['edits'] | undefined): Fix[] {
  return edits?.length ? [{ title: 'Remove NODE_TLS_REJECT_UNAUTHORIZED=0 (default certificate validation)', preferred: true, edits }] : [];
}

/** `.env`: the whole line (and the comments above it); package.json: the `VAR=0 ` prefix of a script command. */
function textEdits(context: RuleContext, m: RegExpExecArray, start: number): Fix['edits'] | undefined {
  const text = context.text;
  if (context.kind === 'env') {
    const masked = text.replace(/^[ \t]*#.*$/gm, (comment) => ' '.repeat(comment.length));
    return [removeCode(text, masked, m.index, m.index + m[0].length, { attachedComments: true, comments: 'hash' })];
  }
  if (context.kind !== 'json' || !/^NODE_TLS_REJECT_UNAUTHORIZED=0[ \t]+\S/.test(text.slice(start, start + 40))) return undefined;
  // Inside a JSON string: the variable must begin the command or follow another assignment or `&&`.
  const before = text.slice(Math.max(0, start - 200), start);
  if (!/(?:"|&&[ \t]*|\b[A-Z_][A-Z0-9_]*=\S*[ \t]+)$/.test(before)) return undefined;
  let end = start + 'NODE_TLS_REJECT_UNAUTHORIZED=0'.length;
  while (text[end] === ' ' || text[end] === '\t') end++;
  return [{ start, end, newText: '' }];
}
