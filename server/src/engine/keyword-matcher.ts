/**
 * Finds which of many groups of ASCII keywords occur in raw bytes or in a text: the scanner's
 * prefilter, where a group is the keywords of one rule. Every occurrence of every keyword counts,
 * also one inside a longer keyword (`KEY` in `PRIVATE KEY`).
 *
 * Each keyword is anchored on its rarest byte pair. A table by byte pair (64 KiB) names the bucket
 * of keywords anchored there, which rejects most positions; the bucket's mask of the byte after
 * the anchor rejects most others; only then are the bucket's keywords compared around the anchor.
 * The loop looks at two positions per step. Faster than a JavaScript alternation regex. Texts (an
 * editor's documents) are matched as their UTF-8 bytes. Linear in the input: the work per position
 * is bounded by the keywords. For the groups asked for, it also records where their keywords start.
 */

interface AnchoredKeyword {
  keyword: Uint8Array;
  /** Where the anchor pair sits in the keyword. */
  offset: number;
  groups: readonly number[];
  /** Its number among the keywords whose starts are recorded, or -1. */
  recordAs: number;
}

/** What `match` found. */
export interface KeywordMatch {
  /** The groups (ascending indexes) with at least one keyword in the input. */
  groups: number[];
  /** Where the keywords of a group named in `recordOffsetsOf` start (ascending), else undefined. */
  offsetsOf(group: number): readonly number[] | undefined;
}

interface ByteTable {
  /** Bucket number (1-based; 0 is none) by the anchor pair `(b0 << 8) | b1`. */
  bucketOf: Uint8Array;
  /** `nexts[(bucket << 8) | b]` is 1 when a keyword of the bucket may have b right after its anchor pair. */
  nexts: Uint8Array;
  buckets: AnchoredKeyword[][];
  /** One-byte keywords: such a keyword matches wherever its byte occurs. */
  singles: { byte: number; groups: readonly number[] }[];
}

const NO_BUCKET = 0;

export class KeywordMatcher {
  /** The groups each distinct keyword belongs to. */
  private readonly groupsOf = new Map<string, number[]>();
  private byteTable?: ByteTable;

  /** The keywords whose starts are recorded (`recordAs` numbers them), and the groups that want them. */
  private readonly recorded: string[] = [];
  private readonly recordedGroups: ReadonlySet<number>;

  /**
   * `groups[i]` are the keywords of group i; keywords must be non-empty printable ASCII, and of two
   * characters or more in the groups of `recordOffsetsOf`, whose keywords' starts are recorded.
   */
  constructor(
    private readonly groups: readonly (readonly string[])[],
    recordOffsetsOf: readonly number[] = [],
  ) {
    this.recordedGroups = new Set(recordOffsetsOf);
    groups.forEach((keywords, group) => {
      for (const keyword of keywords) {
        if (!/^[\x20-\x7e]+$/.test(keyword)) throw new Error(`keyword ${JSON.stringify(keyword)}: keywords must be non-empty printable ASCII`);
        if (this.recordedGroups.has(group) && keyword.length < 2) throw new Error(`keyword ${JSON.stringify(keyword)}: the starts of one-character keywords are not recorded`);
        if (this.recordedGroups.has(group) && !this.recorded.includes(keyword)) this.recorded.push(keyword);
        const of = this.groupsOf.get(keyword) ?? [];
        if (!of.includes(group)) of.push(group);
        this.groupsOf.set(keyword, of);
      }
    });
  }

  /** The groups (ascending indexes) with at least one keyword in `bytes` (ASCII keywords match any ASCII-compatible encoding). */
  groupsInBytes(bytes: Uint8Array): number[] {
    return this.match(bytes).groups;
  }

  /** The groups with a keyword in `bytes`, and where the recorded keywords start (byte offsets). */
  match(bytes: Uint8Array): KeywordMatch {
    const table = (this.byteTable ??= this.buildByteTable());
    const found = new Uint8Array(this.groups.length);
    // Pairs of (start, recordAs), in the order found.
    const hits: number[] = [];
    const length = bytes.length;
    if (length >= 2) {
      // One element type in the loop whatever the caller passes (Buffer or Uint8Array).
      const view = new Uint8Array(bytes.buffer, bytes.byteOffset, length);
      if (length >= 3) markAnchoredKeywords(view, table.bucketOf, table.nexts, table.buckets, found, hits);
      this.matchLastPair(view, found, hits);
    }
    for (const single of table.singles) if (bytes.includes(single.byte)) mark(found, single.groups);
    const groups = indexesOf(found);
    return { groups, offsetsOf: (group) => (this.recordedGroups.has(group) ? this.startsOf(group, hits) : undefined) };
  }

  /** The starts of the group's keywords among the hits, ascending, each once. */
  private startsOf(group: number, hits: readonly number[]): number[] {
    const wanted = this.groups[group].map((keyword) => this.recorded.indexOf(keyword));
    const starts: number[] = [];
    for (let h = 0; h < hits.length; h += 2) if (wanted.includes(hits[h + 1])) starts.push(hits[h]);
    starts.sort((a, b) => a - b);
    return starts.filter((start, k) => k === 0 || start !== starts[k - 1]);
  }

  /** Keywords whose anchor is the input's last pair (the loop above stops before it: it reads the byte after). */
  private matchLastPair(bytes: Uint8Array, found: Uint8Array, hits: number[]): void {
    const { bucketOf, buckets } = this.byteTable!;
    const i = bytes.length - 2;
    for (const entry of buckets[bucketOf[(bytes[i] << 8) | bytes[i + 1]]]) {
      if (entry.offset + 2 === entry.keyword.length && keywordAt(bytes, i - entry.offset, entry.keyword)) hit(entry, i - entry.offset, found, hits);
    }
  }

  /**
   * The groups (ascending indexes) with at least one keyword in `text`: its UTF-8 bytes hold each
   * ASCII keyword exactly where the text does, and every other character becomes bytes >= 0x80,
   * which no keyword has.
   */
  groupsInText(text: string): number[] {
    return this.groupsInBytes(Buffer.from(text, 'utf8'));
  }

  private buildByteTable(): ByteTable {
    const bucketOf = new Uint8Array(65536);
    const buckets: ByteTable['buckets'] = [[]];
    const singles: ByteTable['singles'] = [];
    const nextBytes: number[][] = [[]];
    for (const [text, groups] of this.groupsOf) {
      const keyword = Uint8Array.from(text, (c) => c.charCodeAt(0));
      if (keyword.length === 1) {
        singles.push({ byte: keyword[0], groups });
        continue;
      }
      const offset = rarestPairOffset(keyword);
      const pair = (keyword[offset] << 8) | keyword[offset + 1];
      if (bucketOf[pair] === NO_BUCKET) {
        if (buckets.length > 255) throw new Error('KeywordMatcher: more than 255 distinct keyword anchors');
        bucketOf[pair] = buckets.length;
        buckets.push([]);
        nextBytes.push([]);
      }
      const bucket = bucketOf[pair];
      buckets[bucket].push({ keyword, offset, groups, recordAs: this.recorded.indexOf(text) });
      // A keyword anchored on its last pair matches whatever follows it.
      if (offset + 2 === keyword.length) for (let b = 0; b < 256; b++) nextBytes[bucket].push(b);
      else nextBytes[bucket].push(keyword[offset + 2]);
    }
    const nexts = new Uint8Array(buckets.length * 256);
    nextBytes.forEach((bytes, bucket) => bytes.forEach((b) => (nexts[(bucket << 8) | b] = 1)));
    return { bucketOf, nexts, buckets, singles };
  }
}

/**
 * The hot loop of `groupsInBytes`, on its own so that it is compiled as one small function: marks
 * the groups of every keyword whose anchor pair starts before the last two bytes.
 */
function markAnchoredKeywords(
  bytes: Uint8Array,
  bucketOf: Uint8Array,
  nexts: Uint8Array,
  buckets: ByteTable['buckets'],
  found: Uint8Array,
  hits: number[],
): void {
  const last = bytes.length - 2;
  let i = 0;
  let first = bytes[0];
  // Two positions per step, one test for both: most steps find no anchor at either.
  for (; i + 1 < last; i += 2) {
    const second = bytes[i + 1];
    const third = bytes[i + 2];
    const a = bucketOf[(first << 8) | second];
    const b = bucketOf[(second << 8) | third];
    if ((a | b) !== 0) {
      if (a !== 0 && nexts[(a << 8) | third] !== 0) markAt(bytes, i, buckets[a], found, hits);
      if (b !== 0 && nexts[(b << 8) | bytes[i + 3]] !== 0) markAt(bytes, i + 1, buckets[b], found, hits);
    }
    first = third;
  }
  for (; i < last; i++) {
    const bucket = bucketOf[(bytes[i] << 8) | bytes[i + 1]];
    if (bucket !== 0 && nexts[(bucket << 8) | bytes[i + 2]] !== 0) markAt(bytes, i, buckets[bucket], found, hits);
  }
}

function markAt(bytes: Uint8Array, i: number, entries: AnchoredKeyword[], found: Uint8Array, hits: number[]): void {
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    if (keywordAt(bytes, i - entry.offset, entry.keyword)) hit(entry, i - entry.offset, found, hits);
  }
}

/** A keyword found at `start`: its groups are marked, and its start recorded when it is wanted. */
function hit(entry: AnchoredKeyword, start: number, found: Uint8Array, hits: number[]): void {
  mark(found, entry.groups);
  if (entry.recordAs >= 0) hits.push(start, entry.recordAs);
}

function keywordAt(bytes: Uint8Array, start: number, keyword: Uint8Array): boolean {
  if (start < 0 || start + keyword.length > bytes.length) return false;
  for (let j = 0; j < keyword.length; j++) if (bytes[start + j] !== keyword[j]) return false;
  return true;
}

/**
 * Where a keyword's rarest byte pair starts, by how often bytes occur in source text (English
 * letter frequencies for letters, capitals and digits rarer, spaces and common punctuation more
 * frequent). The matcher stops at every position holding some keyword's anchor pair, so a rare
 * anchor (`Ss` in `onReceivedSslError`, not `on`) means far fewer stops.
 */
function rarestPairOffset(keyword: Uint8Array): number {
  let best = 0;
  let bestScore = Infinity;
  for (let o = 0; o + 1 < keyword.length; o++) {
    // An anchor that ends the keyword leaves no next byte to filter by.
    const score = byteFrequency(keyword[o]) * byteFrequency(keyword[o + 1]) * (o + 2 === keyword.length ? 2 : 1);
    if (score < bestScore) {
      best = o;
      bestScore = score;
    }
  }
  return best;
}

/** Percent frequencies of the letters a-z in English text. */
const LETTER_FREQUENCY = [8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.8, 4.0, 2.4, 6.7, 7.5, 1.9, 0.1, 6.0, 6.3, 9.1, 2.8, 1.0, 2.4, 0.15, 2.0, 0.07];

function byteFrequency(byte: number): number {
  if (byte >= 0x61 && byte <= 0x7a) return LETTER_FREQUENCY[byte - 0x61];
  if (byte >= 0x41 && byte <= 0x5a) return LETTER_FREQUENCY[byte - 0x41] / 4;
  if (byte >= 0x30 && byte <= 0x39) return 1;
  if (byte === 0x20) return 15;
  if ('.()"\'_=,;/:-\n\t{}<>'.includes(String.fromCharCode(byte))) return 2;
  return 0.5;
}

function mark(found: Uint8Array, groups: readonly number[]): void {
  for (const g of groups) found[g] = 1;
}

function indexesOf(found: Uint8Array): number[] {
  const result: number[] = [];
  for (let i = 0; i < found.length; i++) if (found[i] === 1) result.push(i);
  return result;
}
