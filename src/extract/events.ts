/**
 * Events and sectors: trigger words → events with participants, place and time (relative
 * times resolved against the publication date); sector terms → sectors.
 */
import type { EventEntry, EventKind, EventWhen, SectorEntry, Span } from '../graph/document-graph.ts';
import { EVENT_TRIE, EVENT_TRIGGERS, RELATIVE_TIMES, SECTORS, SECTOR_TRIE, TIME_TRIE } from './lexicon.ts';
import type { EntityIndex } from './entities.ts';
import { matchAll } from './match.ts';
import type { Token } from './normalize.ts';
import type { Sentence } from './segment.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Resolves a relative time phrase against the publication date (ISO), or null when unknown. */
export function resolveTime(index: number, publishedAt: string | null): string | null {
  const rt = RELATIVE_TIMES[index];
  if (!rt || !publishedAt) return null;
  const base = new Date(`${publishedAt.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(base.getTime())) return null;
  const y = base.getUTCFullYear();
  const m = base.getUTCMonth();
  switch (rt.unit) {
    case 'day': {
      const d = new Date(base.getTime() + (rt.offset ?? 0) * 86_400_000);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    }
    case 'month': {
      const d = new Date(Date.UTC(y, m + (rt.offset ?? 0), 1));
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
    }
    case 'year': return String(y + (rt.offset ?? 0));
    case 'weekday': {
      // News speaks of the latest such day on or before publication.
      const back = (base.getUTCDay() - (rt.weekday ?? 0) + 7) % 7;
      const d = new Date(base.getTime() - back * 86_400_000);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    }
  }
}

interface EventDraft extends EventEntry { sentenceIndex: number; date: string | null }

export function findEvents(text: string, tokens: Token[], sentences: Sentence[], sentenceTok: [number, number][],
  entities: EntityIndex, publishedAt: string | null, articleSlug: string): EventEntry[] {
  const events: EventDraft[] = [];
  const triggers = matchAll(text, tokens, EVENT_TRIE);
  const times = matchAll(text, tokens, TIME_TRIE);
  let ti = 0;
  let tm = 0;
  const dates = new Map<number, string | null>();
  const dateOf = (i: number) => {
    let d = dates.get(i);
    if (d === undefined) { d = resolveTime(i, publishedAt); dates.set(i, d); }
    return d;
  };
  for (const sentence of sentences) {
    const [a, b] = sentenceTok[sentence.index] ?? [0, 0];
    while (ti < triggers.length && (triggers[ti]?.startTok ?? 0) < a) ti++;
    const here = [];
    while (ti < triggers.length && (triggers[ti]?.startTok ?? Infinity) < b) { here.push(triggers[ti]); ti++; }
    if (!here.length) continue;
    const hits = entities.hitsIn(a, b);
    const participants = [...new Set(hits.filter((h) => h.type === 'actor').map((h) => h.refId))]
      .filter((id) => ['PERSON', 'COUNTRY', 'GOVERNMENT', 'GROUP', 'ORGANIZATION'].includes(entities.actors.get(id)?.kind ?? ''));
    const placeHit = hits.find((h) => h.type === 'place');
    while (tm < times.length && (times[tm]?.startTok ?? 0) < a) tm++;
    const sentenceTimes = [];
    for (let q = tm; q < times.length && (times[q]?.endTok ?? Infinity) <= b; q++) sentenceTimes.push(times[q]);
    for (const trig of here) {
      if (!trig) continue;
      // The time phrase closest after the trigger ("اجتماعهما الشهر الماضي"), else the one before it.
      const time = sentenceTimes.find((x) => x && x.startTok >= trig.endTok && x.startTok - trig.endTok <= 6)
        ?? [...sentenceTimes].reverse().find((x) => x && x.endTok <= trig.startTok);
      const when: EventWhen | null = time ? { text: text.slice(time.start, time.end), date: dateOf(Number(time.ids[0])) } : null;
      const kind = (EVENT_TRIGGERS[Number(trig.ids[0])]?.kind ?? 'OTHER') as EventKind;
      const mention: Span = { start: trig.start, end: trig.end, text: text.slice(trig.start, trig.end) };
      const placeId = placeHit?.refId ?? null;
      // The same event named again: same kind and the same time, or the same place, or the same people.
      const same = events.slice(-50).find((e) => e.kind === kind && (
        (when?.date && e.date === when.date)
        || (placeId && e.placeId && placeId === e.placeId)
        || (participants.length >= 2 && participants.filter((p) => e.participantIds.includes(p)).length >= 2 && (!when?.date || !e.date || e.date === when.date))
        || (/^ال/.test(mention.text) && !when && !placeId)));
      if (same) {
        same.mentions.push(mention);
        for (const p of participants) if (!same.participantIds.includes(p)) same.participantIds.push(p);
        same.placeId ??= placeId;
        if (!same.when && when) { same.when = when; same.date = when.date; }
        continue;
      }
      events.push({
        id: `event:${articleSlug}:${events.length + 1}`, kind, label: mention.text, participantIds: participants, placeId, when,
        followsIds: [], mentions: [mention], sentenceIndex: sentence.index, date: when?.date ?? null,
      });
    }
  }
  // FOLLOWS: an event dated after another one.
  const dated = events.filter((e) => e.date).slice(0, 300);
  for (const e of dated) {
    for (const f of dated) {
      if (e !== f && e.date && f.date && e.date.length >= 7 && f.date.length >= 7 && e.date.slice(0, f.date.length) > f.date && !e.date.startsWith(f.date)) {
        e.followsIds?.push(f.id);
      }
    }
  }
  return events.map(({ sentenceIndex: _s, date: _d, ...rest }) => rest);
}

export function findSectors(text: string, tokens: Token[]): SectorEntry[] {
  const byId = new Map<string, SectorEntry>();
  for (const m of matchAll(text, tokens, SECTOR_TRIE)) {
    const id = m.ids[0];
    const def = SECTORS.find((s) => s.id === id);
    if (!id || !def) continue;
    const entry = byId.get(id) ?? { id, name: def.name, nameEn: def.nameEn, mentions: [] };
    entry.mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end) });
    byId.set(id, entry);
  }
  return [...byId.values()];
}
