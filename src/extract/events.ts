/**
 * Events and sectors: trigger words → events with participants, place and time (relative
 * times resolved against the publication date); sector terms → sectors.
 */
import { EVENT_TRIE, EVENT_TRIGGERS, RELATIVE_TIMES, SECTORS, SECTOR_TRIE, TIME_TRIE } from './lexicon.ts';
import { matchAll, type TrieMatch } from './match.ts';
import type { EventEntry, EventWhen, SectorEntry, Span } from '../graph/document-graph.ts';
import type { ArticleDocument } from './document.ts';

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
    case 'year':
      return String(y + (rt.offset ?? 0));
    case 'weekday': {
      // News speaks of the latest such day on or before publication.
      const back = (base.getUTCDay() - (rt.weekday ?? 0) + 7) % 7;
      const d = new Date(base.getTime() - back * 86_400_000);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    }
  }
}

interface EventDraft extends EventEntry {
  sentenceIndex: number;
  date: string | null;
  localParticipants: boolean;
  labels: Set<string>;
}

const PARTICIPANT_KINDS = new Set(['PERSON', 'COUNTRY', 'GOVERNMENT', 'GROUP', 'ORGANIZATION']);
/** Words before an event that place the sentence's main event after it: "عقب اجتماعهما". */
const AFTER_WORDS = new Set(['عقب', 'بعد', 'اثر', 'وعقب', 'وبعد']);
/** Words that name the two parties of the last pair: "الزعيمان", "بينهما". */
const DUAL_WORDS = new Set(['بينهما', 'الزعيمان', 'الزعيمين', 'الرئيسان', 'الرئيسين', 'الجانبان', 'الجانبين', 'الطرفان', 'الطرفين']);

/** A definite mention without its own time or place refers back to an event already named ("المكالمة", "للمكالمة"). */
const isDefinite = (word: string) => /^(?:[وف]?(?:ال|لل|بال))/.test(word);

/** A time phrase right after another trigger of the sentence is that trigger's ("بعد مكالمة الجمعة، قال …"). */
function claimedByOther(here: readonly TrieMatch[], trig: TrieMatch, x: { startTok: number }): boolean {
  return here.some((o) => o && o !== trig && o.endTok <= x.startTok && x.startTok - o.endTok <= 2);
}
/** Two mentions of one event agree on its date when either has none. */
const datesAgree = (when: EventWhen | null, e: EventDraft) => !when?.date || !e.date || e.date === when.date;
/** Two mentions of one event agree on its place when either has none. */
const placesAgree = (placeId: string | null, e: EventDraft) => !placeId || !e.placeId || placeId === e.placeId;

export function findEvents(doc: ArticleDocument, publishedAt: string | null): EventEntry[] {
  const { text, tokens, sentences, entities, articleSlug } = doc;
  const events: EventDraft[] = [];
  const triggers = matchAll(text, tokens, EVENT_TRIE);
  const times = matchAll(text, tokens, TIME_TRIE);
  let ti = 0;
  let tm = 0;
  const dates = new Map<number, string | null>();
  const dateOf = (i: number) => {
    let d = dates.get(i);
    if (d === undefined) {
      d = resolveTime(i, publishedAt);
      dates.set(i, d);
    }
    return d;
  };
  const actorAt = (t: number): string | null => {
    const h = entities.hitStartingAt(t);
    if (!h) return null;
    const id = h.type === 'actor' ? h.refId : (entities.places.get(h.refId)?.metonymFor ?? null);
    return id && PARTICIPANT_KINDS.has(entities.actors.get(id)?.kind ?? '') ? id : null;
  };
  /** The last two parties named together ("بين بوتين وبايدن", "اجتماع بايدن مع بوتين"), for a later "بينهما". */
  let lastPair: string[] = [];
  const follows: [EventDraft, EventDraft][] = [];
  for (const sentence of sentences) {
    const a = sentence.firstTok;
    const b = sentence.endTok;
    while (ti < triggers.length && (triggers[ti]?.startTok ?? 0) < a) ti++;
    const here: (typeof triggers)[number][] = [];
    while (ti < triggers.length && (triggers[ti]?.startTok ?? Infinity) < b) {
      const tr = triggers[ti];
      if (tr) here.push(tr);
      ti++;
    }
    if (!here.length) continue;
    const hits = entities.hitsIn(a, b);
    const participants = [...new Set(hits.filter((h) => h.type === 'actor').map((h) => h.refId))].filter((id) =>
      PARTICIPANT_KINDS.has(entities.actors.get(id)?.kind ?? ''),
    );
    // Places where something happens ("في جنيف"); a capital standing for its government ("لم تتصل بموسكو") is not one.
    const placeHits = hits.filter((h) => {
      if (h.type !== 'place') return false;
      if (!entities.places.get(h.refId)?.metonymFor) return true;
      const prev = tokens[h.startTok - 1]?.norm;
      return prev === 'في' || prev === 'وفي';
    });
    while (tm < times.length && (times[tm]?.startTok ?? 0) < a) tm++;
    const sentenceTimes = [];
    for (let q = tm; q < times.length && (times[q]?.endTok ?? Infinity) <= b; q++) sentenceTimes.push(times[q]);
    const sentenceEvents: { draft: EventDraft; startTok: number }[] = [];
    for (let n = 0; n < here.length; n++) {
      const trig = here[n];
      if (!trig) continue;
      const nextTrig = here[n + 1]?.startTok ?? b;
      // The time phrase closest after the trigger ("اجتماعهما الشهر الماضي"), else the one before it.
      // A time right after another trigger is that one's ("بعد مكالمة الجمعة، قال … بشأن الهجمات").
      const time =
        sentenceTimes.find((x) => x && x.startTok >= trig.endTok && x.startTok - trig.endTok <= 6) ??
        [...sentenceTimes].reverse().find((x) => x && x.endTok <= trig.startTok && !claimedByOther(here, trig, x));
      const when: EventWhen | null = time ? { text: text.slice(time.start, time.end), date: dateOf(Number(time.ids[0])) } : null;
      const kind = EVENT_TRIGGERS[Number(trig.ids[0])]?.kind ?? 'OTHER';
      const mention: Span = { start: trig.start, end: trig.end, text: text.slice(trig.start, trig.end) };
      // The place after this trigger and before the next one, else (first trigger only) one before it.
      const placeHit =
        placeHits.find((h) => h.startTok >= trig.endTok && h.startTok < nextTrig) ??
        (n === 0 ? placeHits.find((h) => h.endTok <= trig.startTok) : undefined);
      const placeId = placeHit?.refId ?? null;
      // Participants named with the trigger: "بين A وB", "A مع B", a dual ("اجتماعهما", "بينهما").
      let local: string[] = [];
      const lim = Math.min(nextTrig, trig.endTok + 8, b);
      for (let j = trig.endTok; j < lim && !local.length; j++) {
        const w = tokens[j]?.norm ?? '';
        if (w === 'بين') {
          const x = actorAt(j + 1);
          const xh = entities.hitStartingAt(j + 1);
          const y = xh ? actorAt(xh.endTok) : null;
          if (x && y && x !== y) local = [x, y];
        } else if (w === 'مع' && j > trig.endTok) {
          const x = actorAt(trig.endTok);
          const y = actorAt(j + 1);
          if (x && y && x !== y && entities.hitStartingAt(trig.endTok)?.endTok === j) local = [x, y];
        }
      }
      const dual =
        /هما$/.test(tokens[trig.endTok - 1]?.norm ?? '') ||
        tokens.slice(Math.max(a, trig.startTok - 3), Math.min(lim, trig.endTok + 3)).some((t) => DUAL_WORDS.has(t.norm));
      if (!local.length && dual && lastPair.length === 2) local = [...lastPair];
      if (local.length === 2) lastPair = local;
      const anaphoric = !local.length && !when && !placeId && isDefinite(tokens[trig.startTok]?.norm ?? '');
      const own = local.length ? local : anaphoric ? [] : participants;
      // The same event named again: same kind and the same time, or the same place, or the same people,
      // or a definite mention with nothing of its own, or an undated mention sharing a person.
      let same: EventDraft | undefined = isDefinite(mention.text)
        ? events
            .slice(-50)
            .reverse()
            .find((e) => e.kind === kind && datesAgree(when, e) && placesAgree(placeId, e) && e.labels.has(mention.text))
        : undefined;
      for (let q = events.length - 1; q >= 0 && q >= events.length - 50 && !same; q--) {
        const e = events[q] as EventDraft;
        if (e.kind !== kind) continue;
        if (
          (when?.date && e.date === when.date) ||
          (placeId && e.placeId && placeId === e.placeId && datesAgree(when, e)) ||
          (own.length >= 2 && own.filter((p) => e.participantIds.includes(p)).length >= 2 && datesAgree(when, e)) ||
          anaphoric ||
          (datesAgree(when, e) &&
            placesAgree(placeId, e) &&
            own.some((p) => entities.actors.get(p)?.kind === 'PERSON' && e.participantIds.includes(p)))
        )
          same = e;
      }
      if (same) {
        same.mentions.push(mention);
        same.labels.add(mention.text);
        if (local.length && !same.localParticipants) {
          same.participantIds = [...local];
          same.localParticipants = true;
        } else {
          for (const p of same.localParticipants ? local : own) if (!same.participantIds.includes(p)) same.participantIds.push(p);
        }
        same.placeId ??= placeId;
        if (!same.when && when) {
          same.when = when;
          same.date = when.date;
        }
        sentenceEvents.push({ draft: same, startTok: trig.startTok });
        continue;
      }
      const draft: EventDraft = {
        // Named by where it is first mentioned, not by a running number: an id that stays put
        // when the article is extracted again (or a statement is found before it).
        id: `event:${articleSlug}:@${mention.start}`,
        kind,
        label: mention.text,
        participantIds: [...own],
        placeId,
        when,
        followsIds: [],
        mentions: [mention],
        sentenceIndex: sentence.index,
        date: when?.date ?? null,
        localParticipants: local.length > 0,
        labels: new Set([mention.text]),
      };
      events.push(draft);
      sentenceEvents.push({ draft, startTok: trig.startTok });
    }
    // "وجاءت مكالمة الجمعة …، عقب اجتماعهما": the event named after عقب/بعد came first.
    for (let n = 1; n < sentenceEvents.length; n++) {
      const later = sentenceEvents[n - 1];
      const cur = sentenceEvents[n];
      if (!later || !cur || later.draft === cur.draft) continue;
      const before = tokens[cur.startTok - 1]?.norm ?? '';
      if (AFTER_WORDS.has(before)) follows.push([later.draft, cur.draft]);
    }
  }
  for (const [e, f] of follows) if (!e.followsIds?.includes(f.id) && !f.followsIds?.includes(e.id)) e.followsIds?.push(f.id);
  // FOLLOWS: an event dated after another one.
  const dated = events.filter((e) => e.date).slice(0, 300);
  for (const e of dated) {
    for (const f of dated) {
      if (
        e !== f &&
        e.date &&
        f.date &&
        e.date.length >= 7 &&
        f.date.length >= 7 &&
        e.date.slice(0, f.date.length) > f.date &&
        !e.date.startsWith(f.date) &&
        !e.followsIds?.includes(f.id)
      ) {
        e.followsIds?.push(f.id);
      }
    }
  }
  return events.map(({ sentenceIndex: _s, date: _d, localParticipants: _l, labels: _b, ...rest }) => rest);
}

export function findSectors(doc: ArticleDocument): SectorEntry[] {
  const { text, tokens } = doc;
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
