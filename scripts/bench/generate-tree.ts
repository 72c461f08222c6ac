/**
 * Writes a synthetic workspace shaped like a set of mobile apps (Android, iOS, Flutter and React
 * Native sources, resources, configs and binary assets), for `npm run bench` when no real tree is
 * given. Deterministic: the same arguments always give the same files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const MARKER = '.pin-hygiene-bench-tree';

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIN = 'sha256/6d+KCWwlKC8qrTTkmu9P0hFFECPaYae3xH6o3CXjJEs=';

const BLOCKS: Record<string, (i: number) => string> = {
  kt: (i) => `class Repository${i}(private val api: Api, private val db: Dao) {\n    suspend fun load${i}(id: String): Item${i} {\n        val cached = db.find(id) // cache first\n        return cached ?: api.get("/v2/items/$id?page=${i}").also { db.save(it) }\n    }\n}\n\n`,
  java: (i) => `public final class Presenter${i} {\n    private final View view;\n    /* Binds the view ${i}. */\n    public Presenter${i}(View view) { this.view = view; }\n    public void onLoad(String id) { view.show("item " + id + " #${i}"); }\n}\n\n`,
  swift: (i) => `final class ViewModel${i}: ObservableObject {\n    @Published var items: [Item] = []\n    func refresh() async throws {\n        let url = URL(string: "https://api.example.com/v2/list/${i}")!\n        items = try await client.fetch(url) // \\(page)\n    }\n}\n\n`,
  m: (i) => `@implementation Controller${i}\n- (void)viewDidLoad {\n    [super viewDidLoad];\n    self.title = @"Screen ${i}";\n}\n@end\n\n`,
  dart: (i) => `class Widget${i} extends StatelessWidget {\n  const Widget${i}({super.key});\n  @override\n  Widget build(BuildContext context) => Text('item \${'${i}'} and $i', style: theme.body);\n}\n\n`,
  tsx: (i) => `export function Row${i}({ item }: Props) {\n  const label = \`row \${item.id} #${i}\`;\n  return <Text style={styles.row}>{label}</Text>; // render\n}\n\n`,
  xml: (i) => `    <string name="label_${i}">Label number ${i}</string>\n`,
  json: (i) => `  "key_${i}": { "title": "Entry ${i}", "enabled": ${i % 2 === 0} },\n`,
};

const HITS: Record<string, string> = {
  kt: `val pinner = CertificatePinner.Builder().add("api.example.com", "${PIN}").build()\n`,
  java: `public void checkServerTrusted(X509Certificate[] chain, String authType) {}\n`,
  swift: `let evaluators = ["api.example.com": DisabledTrustEvaluator()]\n`,
  dart: `client.badCertificateCallback = (cert, host, port) => true;\n`,
};

interface FileSpec {
  dir: string;
  ext: string;
  /** Mean size in bytes. */
  size: number;
  share: number;
}

const LAYOUT: FileSpec[] = [
  { dir: 'android/app/src/main/java/com/example', ext: 'kt', size: 14_000, share: 0.22 },
  { dir: 'android/app/src/main/java/com/example/legacy', ext: 'java', size: 16_000, share: 0.12 },
  { dir: 'android/app/src/main/res/values', ext: 'xml', size: 6_000, share: 0.06 },
  { dir: 'ios/App/Sources', ext: 'swift', size: 15_000, share: 0.16 },
  { dir: 'ios/App/Legacy', ext: 'm', size: 12_000, share: 0.05 },
  { dir: 'flutter/lib/src', ext: 'dart', size: 12_000, share: 0.12 },
  { dir: 'react-native/src/components', ext: 'tsx', size: 8_000, share: 0.12 },
  { dir: 'react-native/assets/data', ext: 'json', size: 30_000, share: 0.05 },
  { dir: 'assets/images', ext: 'png', size: 60_000, share: 0.1 },
];

function content(spec: FileSpec, index: number, next: () => number): Buffer {
  const target = Math.round(spec.size * (0.3 + next() * 1.4));
  if (spec.ext === 'png') {
    const bytes = Buffer.alloc(target);
    for (let i = 0; i < target; i++) bytes[i] = Math.floor(next() * 256);
    bytes.write('\x89PNG\r\n\x1a\n', 0, 'latin1');
    return bytes;
  }
  const block = BLOCKS[spec.ext];
  const parts: string[] = [spec.ext === 'xml' ? '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n' : spec.ext === 'json' ? '{\n' : ''];
  let length = parts[0].length;
  for (let i = 0; length < target; i++) {
    const piece = block(index * 1000 + i);
    parts.push(piece);
    length += piece.length;
  }
  if (HITS[spec.ext] && index % 97 === 0) parts.push(HITS[spec.ext]);
  parts.push(spec.ext === 'xml' ? '</resources>\n' : spec.ext === 'json' ? '  "end": true\n}\n' : '');
  return Buffer.from(parts.join(''));
}

/** Generates (or reuses, when already generated with the same arguments) a tree; returns its path. */
export function generateTree(root: string, files = 17_000, apps = 6): string {
  const signature = JSON.stringify({ files, apps, version: 1 });
  const marker = path.join(root, MARKER);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === signature) return root;
  const next = random(42);
  const perApp = Math.ceil(files / apps);
  let written = 0;
  for (let app = 0; app < apps && written < files; app++) {
    for (const spec of LAYOUT) {
      const count = Math.round(perApp * spec.share);
      for (let i = 0; i < count && written < files; i++, written++) {
        const dir = path.join(root, `app${app}`, spec.dir, `module${i % 20}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, `File${i}.${spec.ext}`), content(spec, i, next));
      }
    }
  }
  writeFileSync(marker, signature);
  return root;
}
