/** .NET MAUI: `ApproovService.Initialize("<config>");` at the start of `MauiProgram.CreateMauiApp()`, with `using Approov;`. */
import { importEdit } from '../../../fixes/imports';
import { buildCodeView } from '../../../lexer/code-view';
import { matchingBracket, skipSpace } from '../../../rules/support/code-syntax';
import { indentationAt, indentUnit, lineEnding, nextLineStart, onlySpaceAfter } from '../text-layout';
import type { EditsOrReason } from './android-application';

/** The namespace of `ApproovService` in the ApproovService NuGet package (approov-service-net-httpclient). */
export const MAUI_NAMESPACE = 'Approov';
const CREATE_MAUI_APP = /\bMauiApp\s+CreateMauiApp\s*\(/;

export function mauiAlreadyInitialised(text: string): boolean {
  return /\bApproovService\s*\.\s*Initialize\s*\(/.test(buildCodeView(text, 'csharp').masked);
}

export function hasCreateMauiApp(text: string): boolean {
  return CREATE_MAUI_APP.test(buildCodeView(text, 'csharp').masked);
}

export function mauiInitEdits(text: string, configLiteral: string): EditsOrReason {
  const masked = buildCodeView(text, 'csharp').masked;
  const method = CREATE_MAUI_APP.exec(masked);
  if (!method) return { reason: 'no CreateMauiApp() in the file' };
  const paramsClose = matchingBracket(masked, method.index + method[0].length - 1);
  const open = paramsClose < 0 ? -1 : skipSpace(masked, paramsClose + 1);
  if (open < 0 || masked[open] !== '{') return { reason: 'CreateMauiApp() has no block body' };
  if (!onlySpaceAfter(text, open + 1)) return { reason: 'the body of CreateMauiApp() starts on the line of its `{`' };
  const eol = lineEnding(text);
  const at = nextLineStart(text, open);
  const indent = indentationAt(text, open) + indentUnit(text, '    ');
  const edits = [{ start: at, end: at, newText: `${indent}ApproovService.Initialize(${configLiteral});${eol}` }];
  const using = importEdit(text, masked, 'csharp', { from: MAUI_NAMESPACE });
  return { edits: using ? [using, ...edits] : edits };
}
