// The peer of issue 20's benchmark: a bare wink-nlp pass over a JSON lines file (gzip or plain),
// one record per line with the article in "text", as the framing job reads it. Per article:
// sentences, tokens, POS, negation, sentiment and entities, the pipeline wink-nlp runs by default.
// No framing at all. Prints one summary line of counts and the wall time of the pass.
//   node pass.mjs FILE
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const file = process.argv[2];
if (!file) {
  console.error('usage: node pass.mjs FILE.jsonl[.gz]');
  process.exit(2);
}
const t0 = process.hrtime.bigint();
const nlp = winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos', 'ner']);
const its = nlp.its;
let stream = createReadStream(file);
if (file.endsWith('.gz')) stream = stream.pipe(createGunzip());
const lines = createInterface({ input: stream, crlfDelay: Infinity });

let records = 0, docs = 0, sentences = 0, tokens = 0, negated = 0, entities = 0, sentiment = 0;
for await (const line of lines) {
  if (!line.trim()) continue;
  records++;
  let text;
  try {
    text = JSON.parse(line).text;
  } catch {
    continue;
  }
  if (typeof text !== 'string' || !text.trim()) continue;
  const doc = nlp.readDoc(text);
  docs++;
  sentences += doc.sentences().length();
  const pos = doc.tokens().out(its.pos);
  tokens += pos.length;
  doc.tokens().each((t) => { if (t.out(its.negationFlag)) negated++; });
  entities += doc.entities().length();
  sentiment += doc.out(its.sentiment);
}
const wall = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(
  `wink-nlp: records ${records}, documents ${docs}, sentences ${sentences}, tokens ${tokens}, ` +
    `negated ${negated}, entities ${entities}, mean sentiment ${(sentiment / Math.max(docs, 1)).toFixed(4)}, ` +
    `wall ${wall.toFixed(1)} s`
);
