import type { Fix, TextEdit } from '../findings';
import type { CodeView } from '../lexer/code-view';
import type { Rule } from '../rule';
import { enclosingOpen } from './support/callbacks';
import { aloneInBlock, statementLine } from './support/code-fixes/python-lines';
import { removeCode } from './support/code-fixes/removal';
import { propertyRemoval } from './support/code-fixes/settings';
import { memberChainStart } from './support/code-fixes/statements';
import { valueSites, wordAt, type ValueSite } from './support/value-sites';

/** `verify=False` passed to requests / httpx calls and clients, or set on a session. */
export const pythonVerifyFalse: Rule = {
  meta: {
    id: 'python-verify-false',
    title: 'Python HTTP request with verify=False',
    category: 'tls',
    severity: 'error',
    fileKinds: ['python'],
    keywords: ['verify'],
    fixable: true,
    aliases: ['B501'],
    docs: [
      'Flags `verify=False` passed to a call (`requests.get(…, verify=False)`, `session.post(…)`, `httpx.Client(verify=False)`, `httpx.AsyncClient(…)`), `session.verify = False`, and `{\'verify\': False}` keyword dictionaries. `verify=True`, `verify=ca_bundle`, parameter defaults (`def fetch(url, verify=False)`), comparisons and comments are not flagged.',
      '',
      '**Why it matters.** `verify=False` makes requests and httpx accept any certificate, so anyone on the network path can read and change the traffic (man-in-the-middle). It is often paired with `urllib3.disable_warnings()`, which hides the warning that would have shown it.',
      '',
      '**What to do.** Remove it (the default verifies against certifi\'s CA bundle). To trust a private CA, pass its bundle: `verify="/path/to/ca.pem"`.',
      '',
      '**Quick fix.** Removes the keyword argument, the dictionary entry or the `session.verify = False` line (unless it is the only statement of its block); a second fix sets the value to `True`.',
    ].join('\n'),
  },
  detect(context) {
    const view = context.code();
    const masked = view.masked;
    for (const site of valueSites(view, ['verify'], { quoted: true })) {
      if (site.operator === '+=' || wordAt(masked, site.valueStart) !== 'False') continue;
      const quoted = masked[site.nameStart] === "'" || masked[site.nameStart] === '"';
      const attribute = masked[site.nameStart - 1] === '.';
      if (!quoted && !attribute) {
        // A keyword argument: inside a call's parentheses, not a `def` parameter default.
        const open = enclosingOpen(view, site.nameStart);
        if (open < 0 || masked[open] !== '(' || site.operator !== '=') continue;
        if (/\bdef\s+\w+\s*$/.test(masked.slice(Math.max(0, open - 120), open))) continue;
      }
      context.report({
        start: site.nameStart,
        end: site.nameEnd,
        message:
          '`verify=False` turns off certificate validation for this request: any certificate is accepted, so anyone on the network path can intercept and change the traffic (man-in-the-middle). ' +
          'Remove it, or pass the path of a private CA bundle as `verify`.',
        fixes: fixes(view, site, attribute),
      });
    }
  },
};

function fixes(view: CodeView, site: ValueSite, attribute: boolean): Fix[] {
  const valueEnd = site.valueStart + 'False'.length;
  const removal = attribute ? attributeRemoval(view, site, valueEnd) : propertyRemoval(view, site, valueEnd, 'hash');
  const result: Fix[] = [];
  if (removal?.length) result.push({ title: 'Remove verify=False (default certificate validation)', preferred: true, edits: removal });
  result.push({ title: 'Set verify to True', ...(removal?.length ? {} : { preferred: true }), edits: [{ start: site.valueStart, end: valueEnd, newText: 'True' }] });
  return result;
}

/** `session.verify = False` on a line of its own, in a block that keeps another statement. */
function attributeRemoval(view: CodeView, site: ValueSite, valueEnd: number): TextEdit[] | undefined {
  const start = memberChainStart(view, site.nameStart);
  const line = statementLine(view.text, view.masked, start, valueEnd);
  if (!line || aloneInBlock(view.text, view.masked, line)) return undefined;
  return [removeCode(view.text, view.masked, start, valueEnd, { attachedComments: true, comments: 'hash' })];
}
