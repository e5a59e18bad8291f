/**
 * Clean: strips scraper boilerplate and typographic noise while keeping a map from every
 * cleaned character back to its offset in the raw input, so callers can point at the original.
 */

export interface CleanResult {
  text: string;
  /** originalOffsets[i] = offset in the raw input of cleaned character i. */
  originalOffsets: Int32Array;
}

/**
 * Scraper boilerplate lines. A "للمزيد: …" line is kept: it gives the headline of a related article,
 * and a headline that attributes speech is a statement (statements/index.ts keeps it from taking the floor).
 */
const BOILERPLATE_LINE =
  /^\s*(?:\[ad_\d+\]|source link|advertisement|شارك(?:\s+(?:هذا|على|عبر)[^\n]{0,30})?|(?:اقرأ|إقرأ|اقرا)\s+(?:أيضا|أيضاً|المزيد)[^\n]*|قد يهمك[^\n]*|شاهد\s+(?:أيضا|أيضاً|المزيد)[^\n]*|تابعونا[^\n]*)\s*$/i;
// "دبي، الإمارات العربية المتحدة (CNN) --": a place, an agency in brackets, a dash.
const DATELINE = /^[^\n()]{0,80}\((?:CNN|سي إن إن|أ ف ب|أ ش أ|رويترز|د ب أ|واس|وام|فرانس برس|AFP|Reuters|AP)\)\s*[-–—]*\s*/i;
/** A dateline opens the article: it is looked for only in its first lines (headline, lead); later a bracketed agency is a source in running text. */
const DATELINE_MAX_LINES = 3;
const PLAIN_DATELINE = /^[^\n()،,.]{2,40}\s+[-–—]\s+(?:أ ف ب|رويترز|د ب أ|الأناضول|واس|وام|سبوتنيك)\s*[-–—:]?\s*/;

const ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  hellip: '…',
  ndash: '–',
  mdash: '—',
};

function decodeEntity(body: string): string | null {
  if (body.startsWith('#x') || body.startsWith('#X')) {
    const code = Number.parseInt(body.slice(2), 16);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : null;
  }
  if (body.startsWith('#')) {
    const code = Number.parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : null;
  }
  return ENTITIES[body.toLowerCase()] ?? null;
}

const isPresentationForm = (c: number) => (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
const ZERO_WIDTH = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]/;

class Builder {
  private parts: string[] = [];
  private offsets: Int32Array;
  private length = 0;
  /** Cleaning rarely lengthens text (a ligature may), so the raw length is the usual final size. */
  constructor(expected = 1024) {
    this.offsets = new Int32Array(Math.max(16, expected));
  }
  private reserve(n: number) {
    if (this.length + n <= this.offsets.length) return;
    let size = this.offsets.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.offsets.subarray(0, this.length));
    this.offsets = grown;
  }
  /** Every character of s maps to the same original offset. */
  push(s: string, original: number) {
    this.reserve(s.length);
    this.offsets.fill(original, this.length, this.length + s.length);
    this.parts.push(s);
    this.length += s.length;
  }
  /** s is copied verbatim from the original starting at `original`. */
  pushRun(s: string, original: number) {
    this.reserve(s.length);
    for (let k = 0; k < s.length; k++) this.offsets[this.length + k] = original + k;
    this.parts.push(s);
    this.length += s.length;
  }
  result(): CleanResult {
    return { text: this.parts.join(''), originalOffsets: this.offsets.subarray(0, this.length) };
  }
}

const NEEDS_CARE = /[&ـ#＃\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\u00a0\t\r\ufb50-\ufdff\ufe70-\ufeff]/;

/** Cleans one line's characters into the builder (entities, tatweel, presentation forms, hashtags). */
function cleanLine(line: string, lineStart: number, out: Builder) {
  if (!NEEDS_CARE.test(line)) {
    out.pushRun(line, lineStart);
    return;
  }
  let i = 0;
  while (i < line.length) {
    const ch = line[i] ?? '';
    const code = ch.charCodeAt(0);
    if (ch === '&') {
      const semi = line.indexOf(';', i + 1);
      if (semi > i && semi - i <= 10) {
        const decoded = decodeEntity(line.slice(i + 1, semi));
        if (decoded !== null) {
          out.push(decoded === '\u00a0' ? ' ' : decoded, lineStart + i);
          i = semi + 1;
          continue;
        }
      }
    }
    if (ch === 'ـ' || ZERO_WIDTH.test(ch) || ch === '\r') {
      i++;
      continue;
    }
    // A hashtag keeps its word; underscores inside it were spaces.
    if ((ch === '#' || ch === '＃') && /[\u0600-\u06ffA-Za-z]/.test(line[i + 1] ?? '')) {
      i++;
      while (i < line.length && /[\u0600-\u06ff\w]/.test(line[i] ?? '')) {
        out.push(line[i] === '_' ? ' ' : (line[i] ?? ''), lineStart + i);
        i++;
      }
      continue;
    }
    if (isPresentationForm(code)) {
      out.push(ch.normalize('NFKC'), lineStart + i);
      i++;
      continue;
    }
    if (ch === '\u00a0' || ch === '\t') {
      out.push(' ', lineStart + i);
      i++;
      continue;
    }
    out.push(ch, lineStart + i);
    i++;
  }
}

export function clean(raw: string): CleanResult {
  const out = new Builder(raw.length + 16);
  let pos = 0;
  let wroteLine = false;
  let linesSeen = 0;
  while (pos <= raw.length) {
    let nl = raw.indexOf('\n', pos);
    if (nl < 0) nl = raw.length;
    let line = raw.slice(pos, nl);
    let lineStart = pos;
    const trimmed = line.trim();
    if (trimmed && !BOILERPLATE_LINE.test(trimmed)) {
      linesSeen++;
      const dateline = linesSeen <= DATELINE_MAX_LINES ? (DATELINE.exec(line) ?? PLAIN_DATELINE.exec(line)) : null;
      if (dateline && dateline[0].length < line.length) {
        // The dateline names the reporting outlet and the place: kept, as a line of its own, so the
        // entity rules see them and no statement reads across it into the lead sentence.
        const kept = dateline[0].replace(/[\s\-–—:]+$/, '');
        if (kept.trim()) {
          if (wroteLine) out.push('\n', lineStart);
          const lead = kept.length - kept.trimStart().length;
          cleanLine(kept.trim(), lineStart + lead, out);
          wroteLine = true;
        }
        line = line.slice(dateline[0].length);
        lineStart += dateline[0].length;
      }
      const lead = line.length - line.trimStart().length;
      const body = line.trim();
      if (wroteLine) out.push('\n', lineStart);
      cleanLine(body, lineStart + lead, out);
      wroteLine = true;
    }
    pos = nl + 1;
  }
  return out.result();
}
