/**
 * Deterministic corpus generator: N realistic Arabic news articles as JSONL
 * ({id, title, url, source, language, publishedAt, text} per line), built from the
 * extractor's own lexicons: gazetteer speakers (people with their titles and countries,
 * governments, organizations, media), reporting cues, quotes in every style (“…” «…» "…"
 * and indirect إن/أن), event triggers, sector terms, relative times, datelines.
 *
 *   tsx bench/corpus.ts --n 1000 [--seed 1] [--out corpus.jsonl] [--prefix bench]
 *
 * The same N, seed and prefix always give byte-identical output, so benchmark runs compare.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const LEXICONS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'extract', 'lexicons');
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(LEXICONS, file), 'utf8')) as T;

interface GazetteerEntry {
  id: string;
  kind?: string;
  name: string;
  aliases?: string[];
  roles?: string[];
  adjectives?: string[];
  partOf?: string[];
}
interface CueVerb {
  lemma: string;
  kind: string;
  past?: string;
}

const people = readJson<GazetteerEntry[]>('gazetteer/people.json');
const countries = readJson<GazetteerEntry[]>('gazetteer/countries.json').filter((c) => c.adjectives?.length);
const governments = readJson<GazetteerEntry[]>('gazetteer/governments.json');
const organizations = readJson<GazetteerEntry[]>('gazetteer/organizations.json');
const media = readJson<GazetteerEntry[]>('gazetteer/media.json');
const places = readJson<GazetteerEntry[]>('gazetteer/places.json');
const cues = readJson<{ verbs: CueVerb[] }>('cues.json').verbs;
const events = readJson<{ kind: string; words: string[] }[]>('events.json');
const sectors = readJson<{ id: string; name: string; terms: string[] }[]>('sectors.json');
const times = readJson<{ phrase: string }[]>('times.json');
const words = readJson<{ titles: string[]; unnamedHeads: string[] }>('words.json');

/** Reporting verbs with the complementizer they take before indirect speech. */
const INDIRECT: Record<string, string> = {
  قال: 'إن',
  أكد: 'أن',
  أوضح: 'أن',
  أعلن: 'أن',
  نفى: 'أن',
  حذر: 'من أن',
  شدد: 'على أن',
  أشار: 'إلى أن',
  اعتبر: 'أن',
  كشف: 'أن',
  ذكر: 'أن',
  أضاف: 'أن',
  رأى: 'أن',
  أفاد: 'بأن',
};
/** The third person singular perfect, masculine and feminine: the lexicon keeps the stem, the forms are generated. */
const perfectForms = (past: string): [string, string] => [past, past.endsWith('ى') ? `${past.slice(0, -1)}ت` : `${past}ت`];
const verbs = cues
  .filter((v): v is CueVerb & { past: string } => v.lemma in INDIRECT && typeof v.past === 'string')
  .map((v) => ({ lemma: v.lemma, kind: v.kind, forms: perfectForms(v.past) }));

/** mulberry32: a small, fast, seedable PRNG; the corpus depends on nothing else. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusArticle {
  id: string;
  title: string;
  url: string;
  source: string;
  language: 'ar';
  publishedAt: string;
  text: string;
}

const CLAUSES = [
  '{country} ستتخذ أي إجراء ضروري لوقف {sector}',
  'الحوار مع {country} هو السبيل الوحيد لتجاوز الأزمة الحالية',
  'بلاده لن تقبل أي تدخل في شؤونها الداخلية تحت أي ظرف',
  'المحادثات حول {sector} حققت تقدما ملموسا خلال {time}',
  'على {country} أن تتحمل مسؤولياتها كاملة تجاه ما يجري',
  'العقوبات الجديدة لن تؤثر على موقف الحكومة من {sector}',
  'التعاون في مجال {sector} يجب أن يكون دائما ومهنيا وغير مسيس',
  'الاتهامات الموجهة إلى {country} عارية عن الصحة ولا أساس لها',
  'هناك فرصة حقيقية للتوصل إلى اتفاق قبل نهاية {time}',
  'الوضع في {place} يتطلب تحركا دوليا عاجلا لحماية المدنيين',
  'الحكومة ستواصل العمل مع شركائها لضمان استقرار {sector}',
  'أي هجوم جديد سيقابل برد حازم وسريع',
  'المفاوضات ستستأنف في {place} خلال {time}',
  'بلاده قدمت طلبات متعددة ومحددة للعمل المشترك بشأن {sector}',
  'ما حدث في {place} يمثل انتهاكا صريحا للقانون الدولي',
];
const MALE_TITLES = words.titles.filter((t) => ['الرئيس', 'وزير', 'المتحدث باسم الحكومة', 'السفير', 'المستشار', 'نائب الرئيس'].includes(t));
const FILLERS = [
  'وتأتي هذه التصريحات وسط توتر متزايد بين البلدين بشأن {sector}.',
  'وكانت الأزمة قد بدأت قبل أشهر عندما تبادل الطرفان الاتهامات بشأن المسؤولية عن التصعيد، قبل أن تتدخل أطراف إقليمية لتهدئة الأوضاع.',
  'ويرى مراقبون أن الخلافات القائمة تعكس تباينا عميقا في الرؤى حول مستقبل المنطقة وأولويات الأمن فيها.',
  'وتعاني المنطقة منذ سنوات من أزمات متلاحقة أثرت على الاقتصاد وفرص العمل ومستوى الخدمات العامة.',
  'ويتوقع محللون أن تستمر المشاورات لفترة طويلة قبل التوصل إلى صيغة ترضي جميع الأطراف المعنية.',
  'ويشهد ملف {sector} اهتماما دوليا واسعا منذ {time}.',
  'ولم يصدر أي تعليق رسمي حتى الآن على هذه التطورات.',
  'وتتابع الأسواق الإقليمية هذه التطورات عن كثب.',
  'وكانت العلاقات بين الجانبين قد شهدت توترا ملحوظا خلال الأعوام الأخيرة.',
];

/*
 * Calibrated to the seed article (22 statements, 16 actors, 3 places, 7 events, 6 sectors in
 * about 4,700 characters): an article is about one story, so it draws its countries, places,
 * sectors and events from a small per-article set instead of the whole lexicon, and it mixes
 * reported speech with background sentences. An earlier version picked every country and
 * sector afresh per clause and produced graphs twice the seed's size (34 statements,
 * 30 actors, 15 places, 16 events, 17 sectors per article), which is not what the load target
 * is stated for.
 */
export function generateArticle(index: number, seed = 1, prefix = 'bench'): CorpusArticle {
  const random = rng(seed * 1_000_003 + index * 7919 + 17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const pickSome = <T>(list: readonly T[], n: number): T[] => Array.from({ length: n }, () => pick(list));
  // The story's own small world.
  const storyCountries = pickSome(countries, 3);
  const storyPlaces = pickSome(places, 2 + Math.floor(random() * 2));
  const storySectors = pickSome(sectors, 3).map((sector) => pickSome(sector.terms, 2));
  const storyEvents = pickSome(events, 3).map((event) => pick(event.words));
  const country = () => pick(storyCountries);
  const sectorTerm = () => pick(pick(storySectors));
  const place = () => pick(storyPlaces);
  const fill = (template: string) =>
    template
      .replace(/\{country\}/g, () => country().name)
      .replace(/\{sector\}/g, sectorTerm)
      .replace(/\{place\}/g, () => place().name)
      .replace(/\{time\}/g, () => pick(times).phrase);
  const clause = () => (random() < 0.6 ? `${fill(pick(CLAUSES))}، و${fill(pick(CLAUSES))}` : fill(pick(CLAUSES)));

  // A small cast per article, so speakers recur within it (surname and pronoun follow-ups).
  const cast = [pick(people), pick(people), pick(people)];
  const institutions = [pick(governments), pick(organizations), country()];
  const speakerName = (p: GazetteerEntry, first: boolean) => {
    if (!first && p.aliases?.length) return pick(p.aliases);
    const role = p.roles?.length ? `${pick(p.roles)} ` : random() < 0.5 ? `${pick(MALE_TITLES)} ${country().adjectives![0]} ` : '';
    return `${role}${p.name}`;
  };
  const seen = new Set<string>();
  const sentences: string[] = [];
  const target = 40 + Math.floor(random() * 6);
  const eventWord = () => pick(storyEvents);

  const dateline = random() < 0.5 ? `${place().name} - (${pick(media).name}) - ` : '';
  while (sentences.length < target) {
    const style = random();
    const person = pick(cast);
    const first = !seen.has(person.id);
    seen.add(person.id);
    const verb = pick(verbs);
    const so = sentences.length === 0 ? '' : 'و';
    if (style < 0.15) {
      sentences.push(`${so}${verb.forms[0]} ${speakerName(person, first)} ${INDIRECT[verb.lemma]} ${clause()}.`);
    } else if (style < 0.24) {
      sentences.push(`${so}${verb.forms[0]} ${speakerName(person, first)} “${clause()}”.`);
    } else if (style < 0.32) {
      sentences.push(`${so}${verb.forms[0]} ${speakerName(person, first)} في تصريح صحفي «${clause()}».`);
    } else if (style < 0.38) {
      const inst = pick(institutions);
      sentences.push(`${so}${verb.forms[1]} ${inst.name} في بيان "${clause()}".`);
    } else if (style < 0.42) {
      sentences.push(
        `${so}${verb.forms[0]} ${words.unnamedHeads[0]} ${country().adjectives![0]} كبير لم يذكر اسمه ${INDIRECT[verb.lemma]} ${clause()}.`,
      );
    } else if (style < 0.48) {
      const [a, b] = [pick(cast), pick(cast)];
      sentences.push(
        `${so}جاء ذلك عقب ${eventWord()} بين ${a.aliases?.[0] ?? a.name} و${b.aliases?.[0] ?? b.name} في ${place().name} ${pick(times).phrase}.`,
      );
    } else if (style < 0.53) {
      sentences.push(
        `${so}يأتي ذلك وسط زيادة في ${sectorTerm()}، بما في ذلك ${eventWord()} استهدف ${Math.floor(random() * 2000) + 10} شركة ${pick(times).phrase}.`,
      );
    } else {
      sentences.push(fill(pick(FILLERS)));
    }
  }
  const lead = cast[0]!;
  const title = `${lead.aliases?.[0] ?? lead.name}: ${fill('{country} و{sector}')} في صدارة المحادثات`;
  const day = Math.floor(random() * 365 * 4);
  const date = new Date(Date.UTC(2021, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 2).join(' '));
  const source = pick(media).name;
  return {
    id: `article:${prefix}-${seed}-${index}`,
    title,
    url: `https://news.example/${prefix}/${seed}/${index}`,
    source,
    language: 'ar',
    publishedAt: date,
    text: `${title}\n${dateline}${paragraphs.join('\n')}\n`,
  };
}

export function* generateCorpus(n: number, seed = 1, prefix = 'bench'): Generator<CorpusArticle> {
  for (let i = 0; i < n; i++) yield generateArticle(i, seed, prefix);
}

/** Writes the corpus as JSONL, streaming (respecting backpressure). */
export async function writeCorpus(file: string, n: number, seed = 1, prefix = 'bench'): Promise<void> {
  const out = fs.createWriteStream(file);
  for (const article of generateCorpus(n, seed, prefix)) {
    if (!out.write(`${JSON.stringify(article)}\n`)) await once(out, 'drain');
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { n: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, prefix: { type: 'string' } },
  });
  const n = Number(values.n ?? 1000);
  const seed = Number(values.seed ?? 1);
  const prefix = values.prefix ?? 'bench';
  if (values.out) {
    await writeCorpus(values.out, n, seed, prefix);
    process.stderr.write(`wrote ${n} articles to ${values.out}\n`);
  } else {
    for (const article of generateCorpus(n, seed, prefix)) {
      if (!process.stdout.write(`${JSON.stringify(article)}\n`)) await once(process.stdout, 'drain');
    }
  }
}
