/**
 * Deleting an insecure setting written as an object/struct/keyword entry (`rejectUnauthorized: false`,
 * `InsecureSkipVerify: true`, `verify=False`, `'verify': False`) or as an assignment statement
 * (`options.rejectUnauthorized = false;`), when the value ends where the literal does.
 */
import type { TextEdit } from '../../../findings';
import type { CodeView } from '../../../lexer/code-view';
import type { ValueSite } from '../value-sites';
import { enclosingListItem, listItemRemovals } from './list-items';
import { removeCode, type CommentStyle } from './removal';
import { expressionStatement, memberChainStart, type StatementSyntax } from './statements';

/** The edits removing the list entry `name: value` whose value is exactly [site.valueStart, valueEnd). */
export function propertyRemoval(view: CodeView, site: ValueSite, valueEnd: number, comments: CommentStyle = 'slash'): TextEdit[] | undefined {
  const item = enclosingListItem(view, site.nameStart);
  if (!item || item.item.start !== site.nameStart || item.item.end !== valueEnd) return undefined;
  return listItemRemovals(view.text, view.masked, item.open, item.close, new Set([item.index]), comments);
}

/** The edit removing the statement `target.name = value` whose value is exactly [site.valueStart, valueEnd). */
export function statementRemoval(view: CodeView, syntax: StatementSyntax, site: ValueSite, valueEnd: number): TextEdit[] | undefined {
  const start = memberChainStart(view, site.nameStart);
  if (start === site.nameStart) return undefined;
  const statement = expressionStatement(view, syntax, start, valueEnd);
  return statement && [removeCode(view.text, view.masked, statement.start, statement.end, { attachedComments: true })];
}
