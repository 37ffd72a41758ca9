// Splits a JSON lines corpus (plain or .gz) into two nights for bin/nightly-bench: night 1 holds
// every record but the HOLD dated records published last (on or before the cut-off date, so that
// mistyped future dates are not taken for news), night 2 is night 1 with those records appended.
//   node bench/nightly/split.mjs INPUT HOLD CUTOFF OUT_DIR   -> OUT_DIR/night1.jsonl, night2.jsonl
import fs from 'node:fs';
import zlib from 'node:zlib';
import readline from 'node:readline';

const [input, holdArg, cutoff, outDir] = process.argv.slice(2);
if (!input || !holdArg || !cutoff || !outDir) {
  console.error('usage: node split.mjs INPUT HOLD CUTOFF(YYYY-MM-DD) OUT_DIR');
  process.exit(2);
}
const hold = Number(holdArg);

// ISO dates and the corpus's US M/D/YY (or M/D/YYYY) dates; anything else is undated here
function day(s) {
  if (typeof s !== 'string') return null;
  let m = s.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = s.match(/^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/);
  if (m) {
    const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return `${y}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  }
  return null;
}

let stream = fs.createReadStream(input);
if (input.endsWith('.gz')) stream = stream.pipe(zlib.createGunzip());
const lines = [];
for await (const line of readline.createInterface({ input: stream, crlfDelay: Infinity })) {
  if (line.trim()) lines.push(line);
}
const dated = [];
lines.forEach((line, i) => {
  let r;
  try { r = JSON.parse(line); } catch { return; }
  const d = day(r.published);
  if (d && d <= cutoff) dated.push([d, String(r.id), i]);
});
dated.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
const held = new Set(dated.slice(-hold).map((x) => x[2]));
fs.mkdirSync(outDir, { recursive: true });
const night1 = lines.filter((_, i) => !held.has(i));
const night2 = night1.concat(lines.filter((_, i) => held.has(i)));
fs.writeFileSync(`${outDir}/night1.jsonl`, night1.join('\n') + '\n');
fs.writeFileSync(`${outDir}/night2.jsonl`, night2.join('\n') + '\n');
console.log(`split: ${lines.length} records, ${held.size} held out for night 2 (latest ${dated.length ? dated[dated.length - held.size][0] : '-'} .. ${dated.length ? dated[dated.length - 1][0] : '-'})`);
