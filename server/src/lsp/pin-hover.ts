/** Hover on a pin: which certificate it names, when a lookup or a bundled certificate file told us. */
import type { Hover, Position } from 'vscode-languageserver/node';
import { MarkupKind } from './lsp-values';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { keyLabel } from '../engine';
import type { PinIndex } from './pin-index';

/** A base64 SHA-256 digest (43 characters and `=`), optionally after `sha256/`; URL-safe letters allowed. */
const PIN_TOKEN = /(?:sha256\/)?([A-Za-z0-9+/_-]{43}=?)/g;
const MAX_LINE = 10_000;

/** The pin under the cursor, as standard base64, with its range on the line. */
export function pinAt(document: TextDocument, position: Position): { base64: string; start: number; end: number } | undefined {
  const line = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
  if (line.length > MAX_LINE) return undefined;
  PIN_TOKEN.lastIndex = 0;
  for (let m = PIN_TOKEN.exec(line); m; m = PIN_TOKEN.exec(line)) {
    const end = m.index + m[0].length;
    if (position.character < m.index || position.character > end) continue;
    const before = line[m.index - 1];
    if (before && /[A-Za-z0-9+/_-]/.test(before)) return undefined; // part of a longer token
    const base64 = m[1].replace(/-/g, '+').replace(/_/g, '/');
    return { base64: base64.endsWith('=') ? base64 : base64 + '=', start: m.index, end };
  }
  return undefined;
}

export function pinHover(document: TextDocument, position: Position, pins: PinIndex, now = new Date()): Hover | null {
  const token = pinAt(document, position);
  if (!token) return null;
  const known = pins.certificateFor(token.base64);
  if (!known) return null;
  const c = known.certificate;
  const notAfter = new Date(c.notAfter);
  const days = Math.floor((notAfter.getTime() - now.getTime()) / 86_400_000);
  const expiry = days < 0 ? `**expired** ${c.notAfter.slice(0, 10)}` : `expires ${c.notAfter.slice(0, 10)} (in ${days} days)`;
  const byKey = c.spkiSha256Base64 === token.base64;
  const lines = [
    `**Pin Hygiene:** ${byKey ? 'the public key of' : 'the fingerprint of'} the **${c.role}** certificate \`${c.commonName ? `CN=${c.commonName}` : c.subject}\``,
    '',
    `- Subject: \`${c.subject}\``,
    `- Issuer: \`${c.issuer}\``,
    `- Valid: ${c.notBefore.slice(0, 10)} to ${c.notAfter.slice(0, 10)}, ${expiry}`,
    `- Key: ${keyLabel(c)}`,
    `- Seen in: ${known.source}`,
  ];
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n') },
    range: { start: { line: position.line, character: token.start }, end: { line: position.line, character: token.end } },
  };
}
