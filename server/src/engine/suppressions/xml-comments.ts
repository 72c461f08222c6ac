/**
 * Comments and markup of an XML or plist file, found by one linear scan that does not need the
 * file to parse: `<!-- … -->` outside tags, CDATA sections, processing instructions and the DOCTYPE.
 */
import type { TextRange } from '../rule';
import type { FileComment, FileComments } from './file-comments';

export function xmlCommentsOf(text: string): FileComments {
  const comments: FileComment[] = [];
  const opaque: TextRange[] = [];
  const startTags: TextRange[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('<', i);
    if (open === -1) break;
    let end: number;
    if (text.startsWith('<!--', open)) {
      const close = text.indexOf('-->', open + 4);
      end = close === -1 ? text.length : close + 3;
      comments.push({ start: open, end, bodyStart: open + 4, bodyEnd: close === -1 ? text.length : close });
    } else if (text.startsWith('<![CDATA[', open)) {
      end = after(text, ']]>', open + 9);
    } else if (text.startsWith('<?', open)) {
      end = after(text, '?>', open + 2);
    } else if (text.startsWith('<!', open)) {
      end = markupEnd(text, open + 2, true);
    } else {
      end = markupEnd(text, open + 1, false);
      if (text.charCodeAt(open + 1) !== 47 /* / */) startTags.push({ start: open, end });
    }
    opaque.push({ start: open, end });
    i = Math.max(end, open + 1);
  }
  return { comments, opaque, startTags };
}

function after(text: string, closer: string, from: number): number {
  const at = text.indexOf(closer, from);
  return at === -1 ? text.length : at + closer.length;
}

/**
 * Just past the `>` closing a tag, skipping quoted attribute values (which may hold `>`); with
 * `declaration`, the `>` closing a `<!DOCTYPE …>` (or other declaration), also skipping its
 * `[ … ]` internal subset.
 */
function markupEnd(text: string, from: number, declaration: boolean): number {
  let quote = 0;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 62 /* > */ && depth <= 0) {
      return i + 1;
    } else if (!declaration) {
      if (c === 60 /* < */) return i; // malformed: a new tag begins before this one closed
    } else if (c === 91 /* [ */) {
      depth++;
    } else if (c === 93 /* ] */) {
      depth--;
    }
  }
  return text.length;
}
