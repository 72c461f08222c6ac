// Splits a file of several concatenated XML documents into FILE.1.xml, FILE.2.xml, … (then removes
// FILE), each with the other documents' lines blanked so line numbers stay. A comment that sits
// inside a start tag becomes an attribute holding the same text. See extract.sh.
const fs = require('node:fs');
for (const file of process.argv.slice(2)) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  let inTag = false;
  let note = 0;
  const fixed = lines.map((line) => {
    const out = inTag ? line.replace(/<!--(.*?)-->/, (_, text) => `note${++note}="${text.trim().replace(/"/g, '')}"`) : line;
    if (/<[A-Za-z][\w:.-]*(\s[^>]*)?$/.test(out)) inTag = true;
    else if (inTag && out.includes('>')) inTag = false;
    return out;
  });
  const roots = [];
  fixed.forEach((line, index) => {
    if (/^\s*<(manifest|network-security-config)\b/.test(line)) roots.push(index);
  });
  roots.forEach((start, n) => {
    const end = n + 1 < roots.length ? roots[n + 1] : fixed.length;
    const prolog = n === 0 ? 0 : start;
    const doc = fixed.map((line, index) => (index >= prolog && index < end ? line : ''));
    fs.writeFileSync(file.replace(/\.xml$/, `.${n + 1}.xml`), doc.join('\n'));
  });
  fs.unlinkSync(file);
}
