/**
 * Mines the unannotated corpus for how sources and attributions are written, to decide which
 * constructions the speaker rules support (issue 11). Prints frequency tables only, never text:
 *   npx tsx tools/mine/attribution.ts [CORPUS.jsonl.gz] [--top N]
 *
 * Tables:
 * - quantified sources: a reporting verb followed by a quantifier ("قال بعض/معظم/عدد من/ثلاثة …");
 * - the words after an attribution particle (بحسب/وفقا ل/حسبما/نقلا عن/كما …): a document, a verb, a name;
 * - clause-final attributions: the particle right after a comma, whose content is the clause before it;
 * - document sources and their issuer link ("بيان صادر عن", "تقرير ل", "تقرير نشرته").
 */
import { createReadStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { normalizeArabic } from '../../src/extract/normalize.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const topIndex = args.indexOf('--top');
const TOP = topIndex >= 0 ? Number(args[topIndex + 1]) : 25;
const file = args.find((a, i) => !a.startsWith('--') && i !== topIndex + 1) ?? join(here, '../../../shared/corpus/ant-news.jsonl.gz');

const REPORTING = new Set([
  'قال',
  'قالت',
  'وقال',
  'وقالت',
  'قالوا',
  'وقالوا',
  'اكد',
  'واكد',
  'اكدت',
  'واكدت',
  'ذكر',
  'وذكر',
  'ذكرت',
  'وذكرت',
  'اضاف',
  'واضاف',
  'افاد',
  'وافاد',
  'افادت',
  'وافادت',
  'يقول',
  'ويقول',
  'تقول',
  'يري',
  'ويري',
  'اعتبر',
  'واعتبر',
]);
const PARTICLES = new Set(['بحسب', 'وبحسب', 'حسب', 'وحسب', 'حسبما', 'وحسبما', 'وفقا', 'ووفقا', 'وفق', 'ووفق', 'طبقا', 'نقلا', 'كما']);

const tables = {
  quantifier: new Map<string, number>(),
  afterParticle: new Map<string, number>(),
  clauseFinal: new Map<string, number>(),
  document: new Map<string, number>(),
};
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

let articles = 0;
const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { text } = JSON.parse(line) as { text: string };
  articles++;
  const words = text.split(/\s+/).map((w) => ({ raw: w, n: normalizeArabic(w.replace(/[^\u0621-\u064a0-9%٠-٩]/g, '')) }));
  for (let i = 0; i + 2 < words.length; i++) {
    const w = words[i] as { raw: string; n: string };
    const next = (words[i + 1] as { n: string }).n;
    const next2 = (words[i + 2] as { n: string }).n;
    if (REPORTING.has(w.n) && !w.raw.endsWith('،')) {
      // The word after the verb, when it is not a name-looking or definite word: a quantifier candidate.
      if (/^\d|^[٠-٩]/.test(next)) bump(tables.quantifier, `${w.n.replace(/^و/, '')} + NUMBER`);
      else if (!next.startsWith('ال') && next.length > 1)
        bump(tables.quantifier, `${w.n.replace(/^و/, '')} + ${next}${next2 === 'من' ? ' من' : ''}`);
    }
    if (PARTICLES.has(w.n)) {
      const p = w.n.replace(/^و(?=[بحوطن])/, '');
      const head = next.startsWith('ل') && (p === 'وفقا' || p === 'طبقا') ? next.slice(1) : next;
      bump(tables.afterParticle, `${p} + ${head}`);
      if (i > 0 && /[،,]$/.test((words[i - 1] as { raw: string }).raw))
        bump(tables.clauseFinal, `، ${p} ${p === 'كما' || p === 'حسبما' ? next : ''}`.trim());
    }
    if (['بيان', 'تقرير', 'البيان', 'التقرير', 'وثيقه', 'رساله', 'دراسه', 'استطلاع'].includes(w.n)) {
      if (next === 'صادر' || next === 'الصادر') bump(tables.document, `${w.n} ${next} ${next2}`);
      else if (/^ل/.test(next) && next.length > 3) bump(tables.document, `${w.n} لـ`);
      else if (/^(?:نشر|اصدر|اعد|اورد)/.test(next)) bump(tables.document, `${w.n} + ${next.replace(/(?:ته|ها|ه)$/, '')}…`);
    }
  }
}

console.log(`articles ${articles}`);
for (const [name, m] of Object.entries(tables)) {
  console.log(`\n== ${name}`);
  for (const [k, v] of [...m.entries()].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(`${String(v).padStart(7)}  ${k}`);
}
