/**
 * Finds which of many groups of ASCII keywords occur in a text or in raw bytes, in one pass.
 * The scanner's prefilter: a group is the keywords of one rule. A JavaScript alternation regex over
 * ~170 keywords is twice as slow, and its leftmost-longest matches hide a keyword that only occurs
 * inside a longer one (`KEY` in `PRIVATE KEY`); here every occurrence of every keyword counts.
 *
 * How: a table indexed by the first two bytes of a keyword names a bucket (most of the 65,536
 * pairs have none); a bucket's mask of third bytes rejects most remaining positions; the keywords
 * of the bucket are then compared in full. Linear in the input: the work per position is bounded
 * by the keywords that share its first two bytes.
 */

interface Entry {
  keyword: Uint8Array;
  /** The groups this keyword belongs to. */
  groups: number[];
}

const NO_BUCKET = 0;

export class KeywordMatcher {
  /** Bucket number (1-based; 0 is none) by the first two bytes `(b0 << 8) | b1`. */
  private readonly firstTwo = new Uint8Array(65536);
  /** `thirds[(bucket << 8) | b2]` is 1 when a keyword of the bucket may have b2 as its third byte. */
  private readonly thirds: Uint8Array;
  private readonly buckets: Entry[][] = [[]];
  /** Groups with a one-byte keyword: such a keyword matches wherever its byte occurs. */
  private readonly singles: { byte: number; groups: number[] }[] = [];

  /** `groups[i]` are the keywords of group i; keywords must be non-empty printable ASCII. */
  constructor(private readonly groups: readonly (readonly string[])[]) {
    const entries = new Map<string, Entry>();
    groups.forEach((keywords, group) => {
      for (const keyword of keywords) {
        if (!/^[\x20-\x7e]+$/.test(keyword)) throw new Error(`keyword ${JSON.stringify(keyword)}: keywords must be non-empty printable ASCII`);
        const entry = entries.get(keyword) ?? { keyword: Uint8Array.from(keyword, (c) => c.charCodeAt(0)), groups: [] };
        if (!entry.groups.includes(group)) entry.groups.push(group);
        entries.set(keyword, entry);
      }
    });
    const thirdBytes: number[][] = [[]];
    for (const entry of entries.values()) {
      const k = entry.keyword;
      if (k.length === 1) {
        this.singles.push({ byte: k[0], groups: entry.groups });
        continue;
      }
      const pair = (k[0] << 8) | k[1];
      if (this.firstTwo[pair] === NO_BUCKET) {
        if (this.buckets.length > 255) throw new Error('KeywordMatcher: more than 255 distinct keyword starts');
        this.firstTwo[pair] = this.buckets.length;
        this.buckets.push([]);
        thirdBytes.push([]);
      }
      const bucket = this.firstTwo[pair];
      this.buckets[bucket].push(entry);
      // A two-byte keyword matches whatever follows it, the end of the input included (read as 0).
      if (k.length === 2) for (let b = 0; b < 256; b++) thirdBytes[bucket].push(b);
      else thirdBytes[bucket].push(k[2]);
    }
    this.thirds = new Uint8Array(this.buckets.length * 256);
    thirdBytes.forEach((bytes, bucket) => bytes.forEach((b) => (this.thirds[(bucket << 8) | b] = 1)));
  }

  get groupCount(): number {
    return this.groups.length;
  }

  /** The groups (ascending indexes) with at least one keyword in `bytes` (ASCII keywords match any ASCII-compatible encoding). */
  groupsInBytes(bytes: Uint8Array): number[] {
    const found = new Uint8Array(this.groups.length);
    let left = this.groups.length;
    const { firstTwo, thirds } = this;
    const length = bytes.length;
    for (let i = 0; i + 1 < length && left > 0; i++) {
      const bucket = firstTwo[(bytes[i] << 8) | bytes[i + 1]];
      if (bucket === NO_BUCKET || thirds[(bucket << 8) | (i + 2 < length ? bytes[i + 2] : 0)] === 0) continue;
      for (const entry of this.buckets[bucket]) {
        const k = entry.keyword;
        if (i + k.length > length) continue;
        let j = 2;
        while (j < k.length && bytes[i + j] === k[j]) j++;
        if (j === k.length) left -= mark(found, entry.groups);
      }
    }
    for (const single of this.singles) if (bytes.includes(single.byte)) left -= mark(found, single.groups);
    return indexesOf(found);
  }

  /** The groups (ascending indexes) with at least one keyword in `text`. */
  groupsInText(text: string): number[] {
    const found = new Uint8Array(this.groups.length);
    let left = this.groups.length;
    const { firstTwo, thirds } = this;
    const length = text.length;
    for (let i = 0; i + 1 < length && left > 0; i++) {
      const c0 = text.charCodeAt(i);
      const c1 = text.charCodeAt(i + 1);
      if (c0 > 0x7f || c1 > 0x7f) continue; // keywords are ASCII
      const bucket = firstTwo[(c0 << 8) | c1];
      if (bucket === NO_BUCKET) continue;
      const c2 = i + 2 < length ? text.charCodeAt(i + 2) : 0;
      // Past ASCII only two-byte keywords can match: their masks hold every byte, 0 included.
      if (thirds[(bucket << 8) | (c2 > 0x7f ? 0 : c2)] === 0) continue;
      for (const entry of this.buckets[bucket]) {
        const k = entry.keyword;
        if (i + k.length > length) continue;
        let j = 2;
        while (j < k.length && text.charCodeAt(i + j) === k[j]) j++;
        if (j === k.length) left -= mark(found, entry.groups);
      }
    }
    for (const single of this.singles) if (text.includes(String.fromCharCode(single.byte))) left -= mark(found, single.groups);
    return indexesOf(found);
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
