/**
 * Finds which of many groups of ASCII keywords occur in raw bytes or in a text: the scanner's
 * prefilter, where a group is the keywords of one rule. Every occurrence of every keyword counts,
 * also one inside a longer keyword (`KEY` in `PRIVATE KEY`).
 *
 * Bytes (tree scans, thousands of files): a table indexed by the first two bytes of a keyword names
 * a bucket (most of the 65,536 pairs have none), a bucket's mask of third bytes rejects most other
 * positions, and only then are the bucket's keywords compared; about twice as fast as a JavaScript
 * alternation regex. Texts (an editor's documents): that regex, stepping one character after each
 * match, because it costs nothing to warm up, which matters for the first document a server checks.
 * Both are linear in the input: the work per position is bounded by the keywords.
 */

interface ByteTable {
  /** Bucket number (1-based; 0 is none) by the first two bytes `(b0 << 8) | b1`. */
  firstTwo: Uint8Array;
  /** `thirds[(bucket << 8) | b2]` is 1 when a keyword of the bucket may have b2 as its third byte. */
  thirds: Uint8Array;
  buckets: { keyword: Uint8Array; groups: readonly number[] }[][];
  /** One-byte keywords: such a keyword matches wherever its byte occurs. */
  singles: { byte: number; groups: readonly number[] }[];
}

interface TextSearch {
  /** Every keyword, longest first, so the match at a position is the longest keyword there. */
  regex: RegExp;
  /** For each keyword, the groups of it and of every keyword that is a prefix of it (they match at the same place). */
  groupsAt: Map<string, readonly number[]>;
}

const NO_BUCKET = 0;

export class KeywordMatcher {
  /** The groups each distinct keyword belongs to. */
  private readonly groupsOf = new Map<string, number[]>();
  private byteTable?: ByteTable;
  private textSearch?: TextSearch;

  /** `groups[i]` are the keywords of group i; keywords must be non-empty printable ASCII. */
  constructor(private readonly groups: readonly (readonly string[])[]) {
    groups.forEach((keywords, group) => {
      for (const keyword of keywords) {
        if (!/^[\x20-\x7e]+$/.test(keyword)) throw new Error(`keyword ${JSON.stringify(keyword)}: keywords must be non-empty printable ASCII`);
        const of = this.groupsOf.get(keyword) ?? [];
        if (!of.includes(group)) of.push(group);
        this.groupsOf.set(keyword, of);
      }
    });
  }

  /** The groups (ascending indexes) with at least one keyword in `bytes` (ASCII keywords match any ASCII-compatible encoding). */
  groupsInBytes(bytes: Uint8Array): number[] {
    const { firstTwo, thirds, buckets, singles } = (this.byteTable ??= this.buildByteTable());
    const found = new Uint8Array(this.groups.length);
    const length = bytes.length;
    // One element type in the loop below whatever the caller passes (Buffer or Uint8Array). Short
    // inputs get two zero bytes after them: a third byte past the end reads as 0, which every
    // two-byte keyword's mask holds (the last pair of longer inputs is matched after the loop).
    const input = length < 3 ? Uint8Array.of(...bytes, 0, 0) : new Uint8Array(bytes.buffer, bytes.byteOffset, length);
    const last = length < 3 ? length - 1 : length - 2;
    let pair = input[0]; // the two bytes at i, rolled along: one read per position
    for (let i = 0; i < last; i++) {
      pair = ((pair << 8) | input[i + 1]) & 0xffff;
      const bucket = firstTwo[pair];
      if (bucket === NO_BUCKET || thirds[(bucket << 8) | input[i + 2]] === 0) continue;
      for (const entry of buckets[bucket]) {
        const k = entry.keyword;
        if (i + k.length > length) continue;
        let j = 2;
        while (j < k.length && input[i + j] === k[j]) j++;
        if (j === k.length) mark(found, entry.groups);
      }
    }
    if (length >= 3) this.matchLastPair(bytes, found);
    for (const single of singles) if (bytes.includes(single.byte)) mark(found, single.groups);
    return indexesOf(found);
  }

  /** The two-byte keywords that end the input (the loop above stops before the last pair). */
  private matchLastPair(bytes: Uint8Array, found: Uint8Array): void {
    const { firstTwo, buckets } = this.byteTable!;
    const i = bytes.length - 2;
    const bucket = firstTwo[(bytes[i] << 8) | bytes[i + 1]];
    for (const entry of buckets[bucket] ?? []) if (entry.keyword.length === 2) mark(found, entry.groups);
  }

  /** The groups (ascending indexes) with at least one keyword in `text`. */
  groupsInText(text: string): number[] {
    const { regex, groupsAt } = (this.textSearch ??= this.buildTextSearch());
    const found = new Uint8Array(this.groups.length);
    let left = this.groups.length;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m && left > 0; m = regex.exec(text)) {
      left -= mark(found, groupsAt.get(m[0])!);
      regex.lastIndex = m.index + 1; // a keyword may start inside this one
    }
    return indexesOf(found);
  }

  private buildByteTable(): ByteTable {
    const firstTwo = new Uint8Array(65536);
    const buckets: ByteTable['buckets'] = [[]];
    const singles: ByteTable['singles'] = [];
    const thirdBytes: number[][] = [[]];
    for (const [text, groups] of this.groupsOf) {
      const keyword = Uint8Array.from(text, (c) => c.charCodeAt(0));
      if (keyword.length === 1) {
        singles.push({ byte: keyword[0], groups });
        continue;
      }
      const pair = (keyword[0] << 8) | keyword[1];
      if (firstTwo[pair] === NO_BUCKET) {
        if (buckets.length > 255) throw new Error('KeywordMatcher: more than 255 distinct keyword starts');
        firstTwo[pair] = buckets.length;
        buckets.push([]);
        thirdBytes.push([]);
      }
      const bucket = firstTwo[pair];
      buckets[bucket].push({ keyword, groups });
      // A two-byte keyword matches whatever follows it, the end of the input included (read as 0).
      if (keyword.length === 2) for (let b = 0; b < 256; b++) thirdBytes[bucket].push(b);
      else thirdBytes[bucket].push(keyword[2]);
    }
    const thirds = new Uint8Array(buckets.length * 256);
    thirdBytes.forEach((bytes, bucket) => bytes.forEach((b) => (thirds[(bucket << 8) | b] = 1)));
    return { firstTwo, thirds, buckets, singles };
  }

  private buildTextSearch(): TextSearch {
    const keywords = [...this.groupsOf.keys()].sort((a, b) => b.length - a.length);
    const groupsAt = new Map<string, readonly number[]>();
    for (const keyword of keywords) {
      let groups: readonly number[] = this.groupsOf.get(keyword)!;
      for (let length = 1; length < keyword.length; length++) {
        const ofPrefix = this.groupsOf.get(keyword.substring(0, length));
        if (ofPrefix) groups = [...new Set([...groups, ...ofPrefix])];
      }
      groupsAt.set(keyword, groups);
    }
    const regex = new RegExp(keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)', 'g');
    return { regex, groupsAt };
  }
}

/** Marks the groups found; returns how many were new. */
function mark(found: Uint8Array, groups: readonly number[]): number {
  let added = 0;
  for (const g of groups) {
    if (found[g] === 0) {
      found[g] = 1;
      added++;
    }
  }
  return added;
}

function indexesOf(found: Uint8Array): number[] {
  const result: number[] = [];
  for (let i = 0; i < found.length; i++) if (found[i] === 1) result.push(i);
  return result;
}
