/**
 * The graph model, declared once: every node label, the properties of each with their types
 * and roles, and every relationship type with its endpoints, properties and the DocumentGraph
 * field it comes from. The loader's parameters and write, the DocumentGraph reader, the query
 * projections, the record types, the GraphML keys, the docs/ARCHITECTURE.md model section and
 * the SDL check (test/unit/graph/model.test.ts) are all derived from or checked against this.
 * See docs/ARCHITECTURE.md ("Graph model", "How to add a property").
 */
import {
  ACTOR_KINDS,
  EVENT_KINDS,
  STATEMENT_KINDS,
  type ActorEntry,
  type ActorKind,
  type DocumentGraph,
  type EventEntry,
  type StatementEntry,
  type StatementKind,
} from './document-graph.ts';

/** Storage type of a property (Neo4j values; temporal values are written by Cypher only). */
export type PropertyType = 'string' | 'int' | 'boolean' | 'string[]' | 'int[]' | 'datetime';

/**
 * Where a property's value comes from:
 * - `stored`: the loader's parameters carry it (from the DocumentGraph), and the reader maps it back;
 * - `written`: the write query computes it (merged alias lists, counts, the load time);
 * - `derived`: a sort or search key kept by the loader and the migrations' backfill (src/db/queries/keys.ts).
 */
export type PropertyRole = 'stored' | 'written' | 'derived';

export interface PropertySpec {
  readonly type: PropertyType;
  readonly role: PropertyRole;
  readonly nullable?: boolean;
  /** For string properties restricted to an enumeration (checked against the SDL enum). */
  readonly values?: readonly string[];
  /** Part of the node's record type and query projection (src/db/records.ts, queries/shared.ts). */
  readonly record?: boolean;
  /** Value the projection gives when the stored value is missing (a Cypher literal). */
  readonly fallback?: string;
  /**
   * The GraphQL field showing it: true for a field of the same name on the type of the same
   * name, `Type.field` for another place; absent when the API does not show it.
   */
  readonly api?: true | string;
  /** False for bookkeeping that exports leave out (derived properties are always left out). */
  readonly exported?: false;
  readonly doc: string;
}

export interface NodeSpec {
  readonly doc: string;
  /** The DocumentGraph collection of this label (Article has none: it is `graph.article`). */
  readonly collection: 'actors' | 'places' | 'events' | 'sectors' | 'statements' | null;
  readonly properties: Readonly<Record<string, PropertySpec>>;
}

// Shorthands for the plain properties; generic so the role (and `nullable`) stay literal types.
const str = <const R extends PropertyRole>(role: R, doc: string) => ({ type: 'string', role, doc }) as const;
const int = <const R extends PropertyRole, const M extends { nullable?: true }>(role: R, doc: string, more?: M) =>
  ({ type: 'int', role, doc, ...(more as M) }) as const;

export const NODES = {
  Article: {
    doc: 'A news article as read.',
    collection: null,
    properties: {
      id: { type: 'string', role: 'stored', record: true, api: true, doc: 'unique id' },
      title: { type: 'string', role: 'stored', nullable: true, record: true, api: true, doc: 'headline' },
      url: { type: 'string', role: 'stored', nullable: true, record: true, api: true, doc: 'where it was published' },
      source: { type: 'string', role: 'stored', nullable: true, record: true, api: true, doc: 'outlet' },
      language: { type: 'string', role: 'stored', record: true, fallback: "'ar'", api: true, doc: 'ISO language code' },
      publishedAt: { type: 'string', role: 'stored', nullable: true, record: true, api: true, doc: 'ISO date or datetime' },
      text: { type: 'string', role: 'stored', record: true, api: true, doc: 'the cleaned text every offset points into' },
      contentHash: { type: 'string', role: 'stored', exported: false, doc: 'hash of the DocumentGraph, to skip unchanged reloads' },
      statementCount: { type: 'int', role: 'stored', doc: 'statements the article has (a complete article has exactly these)' },
      ingestedAt: { type: 'datetime', role: 'written', nullable: true, record: true, api: true, doc: 'when it was last loaded' },
      listKey: str('derived', 'sort key of the articles list'),
    },
  },
  Actor: {
    doc: 'Who speaks, is spoken to or about; also carries its kind as a label (`:Person`, `:Government` …).',
    collection: 'actors',
    properties: {
      id: { type: 'string', role: 'stored', record: true, api: true, doc: 'stable id (gazetteer, or from the normalized name)' },
      name: { type: 'string', role: 'stored', record: true, api: true, doc: 'display name' },
      nameAr: { type: 'string', role: 'stored', nullable: true, record: true, api: true, doc: 'Arabic name' },
      nameEn: { type: 'string', role: 'stored', nullable: true, record: true, api: true, doc: 'English name' },
      kind: { type: 'string', role: 'stored', values: ACTOR_KINDS, record: true, api: true, doc: 'actor kind' },
      wikidataId: { type: 'string', role: 'stored', nullable: true, record: true, api: true, doc: 'Wikidata item' },
      aliases: {
        type: 'string[]',
        role: 'written',
        record: true,
        fallback: '[]',
        api: true,
        doc: 'other names seen, merged across articles',
      },
      nameKeys: { type: 'string[]', role: 'written', exported: false, doc: 'normalized name keys it is found under' },
      aliasText: { type: 'string', role: 'written', exported: false, doc: 'aliases joined, for the full-text index' },
      statementCount: int('written', 'its SAID degree'),
      nameText: str('derived', 'normalized names, for substring search'),
      rankKey: str('derived', 'sort key of the actors list'),
    },
  },
  Statement: {
    doc: 'One thing an actor said, as reported in one article; also carries its kind as a label (`:Denial` …).',
    collection: 'statements',
    properties: {
      id: { type: 'string', role: 'stored', record: true, api: true, doc: 'per-article id' },
      text: { type: 'string', role: 'stored', record: true, api: true, doc: 'what was said (the content span)' },
      quote: {
        type: 'string',
        role: 'stored',
        nullable: true,
        record: true,
        api: true,
        doc: 'the text without quotation marks, when direct',
      },
      direct: { type: 'boolean', role: 'stored', record: true, api: true, doc: 'quoted rather than reported' },
      verb: { type: 'string', role: 'stored', nullable: true, record: true, api: true, doc: 'the reporting verb' },
      kind: { type: 'string', role: 'stored', values: STATEMENT_KINDS, record: true, api: true, doc: 'statement kind' },
      sentence: { type: 'string', role: 'stored', record: true, api: 'Evidence.sentence', doc: 'the sentence it was found in' },
      sentenceIndex: int('stored', 'position of that sentence in the article'),
      sentenceStart: { type: 'int', role: 'stored', record: true, api: 'Evidence.sentenceStart', doc: 'offset of that sentence' },
      sentenceEnd: { type: 'int', role: 'stored', record: true, api: 'Evidence.sentenceEnd', doc: 'end offset of that sentence' },
      cueStart: { type: 'int', role: 'stored', nullable: true, record: true, api: 'Evidence.cueStart', doc: 'offset of the reporting cue' },
      cueEnd: { type: 'int', role: 'stored', nullable: true, record: true, api: 'Evidence.cueEnd', doc: 'end offset of the reporting cue' },
      start: { type: 'int', role: 'stored', record: true, api: 'Evidence.start', doc: 'offset of the content' },
      end: { type: 'int', role: 'stored', record: true, api: 'Evidence.end', doc: 'end offset of the content' },
      implicit: {
        type: 'boolean',
        role: 'stored',
        record: true,
        fallback: 'false',
        api: true,
        doc: 'a claim reported only inside another statement (so DENIES has a target)',
      },
      articleId: { type: 'string', role: 'stored', record: true, doc: 'its article (denormalized)' },
      publishedAt: { type: 'string', role: 'stored', nullable: true, record: true, api: true, doc: "its article's date (denormalized)" },
      speakerId: { type: 'string', role: 'stored', exported: false, doc: 'its speaker (denormalized, for the speaker index)' },
      aboutActorIds: {
        type: 'string[]',
        role: 'stored',
        exported: false,
        doc: 'ids of the actors it is ABOUT, sorted (denormalized: the actor network reads them without expanding relationships)',
      },
      addresseeIds: {
        type: 'string[]',
        role: 'stored',
        exported: false,
        doc: 'ids of the actors it is ADDRESSED_TO, sorted (denormalized, as aboutActorIds)',
      },
      newestKey: str('derived', 'sort key, newest first'),
      oldestKey: str('derived', 'sort key, oldest first'),
      denialKey: str('derived', 'its newestKey when it DENIES a claim, absent otherwise: the index of denials alone, in key order'),
      searchText: str('derived', 'normalized text, for substring search'),
    },
  },
  Event: {
    doc: 'Something that happened, as an article mentions it.',
    collection: 'events',
    properties: {
      id: { type: 'string', role: 'stored', record: true, api: true, doc: 'per-article id' },
      kind: { type: 'string', role: 'stored', values: EVENT_KINDS, record: true, api: true, doc: 'event kind' },
      label: { type: 'string', role: 'stored', record: true, fallback: "''", api: true, doc: 'short description' },
      date: { type: 'string', role: 'stored', nullable: true, record: true, api: true, doc: 'ISO date or prefix' },
      dateText: { type: 'string', role: 'stored', nullable: true, record: true, api: true, doc: 'the time expression as written' },
      articleId: { type: 'string', role: 'stored', doc: 'its article (denormalized)' },
      sortKey: str('derived', 'sort key, chronological'),
      searchText: str('derived', 'normalized label and date text, for substring search'),
    },
  },
  Place: {
    doc: 'A place events happen in or actors are based in.',
    collection: 'places',
    properties: {
      id: { type: 'string', role: 'stored', record: true, api: true, doc: 'stable id' },
      name: { type: 'string', role: 'stored', record: true, api: true, doc: 'name' },
      nameEn: { type: 'string', role: 'stored', nullable: true, record: true, api: true, doc: 'English name' },
      wikidataId: { type: 'string', role: 'stored', nullable: true, record: true, api: true, doc: 'Wikidata item' },
    },
  },
  Sector: {
    doc: 'An area of activity events affect.',
    collection: 'sectors',
    properties: {
      id: { type: 'string', role: 'stored', record: true, api: true, doc: 'stable id' },
      name: { type: 'string', role: 'stored', record: true, api: true, doc: 'name' },
      nameEn: { type: 'string', role: 'stored', nullable: true, record: true, api: true, doc: 'English name' },
    },
  },
} as const satisfies Record<string, NodeSpec>;

export type Label = keyof typeof NODES;
/** Every node label of the graph model; each gets a uniqueness constraint on `id`. */
export const NODE_LABELS = Object.keys(NODES) as Label[];

/** The extra label each actor kind carries, so Neo4j Browser/Bloom can style and filter by kind. */
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  GOVERNMENT: 'Government',
  COUNTRY: 'Country',
  GROUP: 'Group',
  MEDIA: 'Media',
  UNNAMED: 'Unnamed',
};

/*
 * The extra label each statement kind carries. Neo4j keeps a count per label, so the number of
 * statements of some kinds is read from the count store in O(1); counted from the kind index it
 * read every entry (12,730 for the denials of 10,000 generated articles, 7× the 1,000 graph's).
 */
export const STATEMENT_KIND_LABELS: Record<StatementKind, string> = {
  CLAIM: 'Claim',
  DENIAL: 'Denial',
  ACCUSATION: 'Accusation',
  WARNING: 'Warning',
  THREAT: 'Threat',
  DEMAND: 'Demand',
  PROMISE: 'Promise',
  QUESTION: 'Question',
  ANSWER: 'Answer',
  ANNOUNCEMENT: 'Announcement',
  CONDEMNATION: 'Condemnation',
  OTHER: 'OtherStatement',
};

/*
 * Periods of the precomputed actor network. A statement's period is the first seven characters
 * of its date: the month (`2022-12`) of a dated one, the date itself when coarser (`2022`);
 * ALL_PERIODS stands for every statement, dated or not. A date filter of month or year
 * granularity (`from`/`to` of at most PERIOD_LENGTH characters) is exactly a range of period
 * keys: a date is at or after `from` (by prefix) when its period is, and the same for `to`.
 */
export const PERIOD_LENGTH = 7;
export const ALL_PERIODS = '';

/** The period of a statement's date (null for an undated one). */
export const periodOf = (publishedAt: string | null | undefined): string | null =>
  publishedAt ? publishedAt.slice(0, PERIOD_LENGTH) : null;

/*
 * The extra label each dated statement carries for its period (`Period_2022_12`): Neo4j counts
 * nodes per label, so the statements of a month (or of a year: its twelve months and its
 * year-only dates) are counted from the count store in O(1) instead of reading every entry of
 * the publishedAt index in the range (6,483 db hits for a month of 10,000 generated articles).
 */
export const PERIOD_LABEL_PREFIX = 'Period_';
export const periodLabel = (period: string): string => `${PERIOD_LABEL_PREFIX}${period.replaceAll('-', '_')}`;
/** The same as a Cypher expression over a date expression (null for a null date). */
export const periodLabelCypher = (dateExpr: string): string =>
  `'${PERIOD_LABEL_PREFIX}' + replace(substring(${dateExpr}, 0, ${PERIOD_LENGTH}), '-', '_')`;

// ---------------------------------------------------------------------------------------------
// Types derived from the declaration

type Props<L extends Label> = (typeof NODES)[L]['properties'];
type BaseValue<S> = S extends { values: readonly (infer V)[] }
  ? V
  : S extends { type: 'string' | 'datetime' }
    ? string
    : S extends { type: 'int' }
      ? number
      : S extends { type: 'boolean' }
        ? boolean
        : S extends { type: 'string[]' }
          ? string[]
          : S extends { type: 'int[]' }
            ? number[]
            : never;
type Value<S> = S extends { nullable: true } ? BaseValue<S> | null : BaseValue<S>;

/** The properties of a label with the given role, typed: what the loader must write, exactly. */
export type NodeProperties<L extends Label, R extends PropertyRole = 'stored'> = {
  -readonly [K in keyof Props<L> as Props<L>[K] extends { role: R } ? K : never]: Value<Props<L>[K]>;
};

/** The properties a record of the label carries (the query projection reads exactly these). */
export type RecordProperties<L extends Label> = {
  -readonly [K in keyof Props<L> as Props<L>[K] extends { record: true } ? K : never]: Value<Props<L>[K]>;
};

// ---------------------------------------------------------------------------------------------
// Relationships

/** The DocumentGraph collection of each label that has one, and back. */
export type Collection = NonNullable<(typeof NODES)[Label]['collection']>;
export const COLLECTION_LABELS: Record<Collection, Label> = {
  actors: 'Actor',
  places: 'Place',
  events: 'Event',
  sectors: 'Sector',
  statements: 'Statement',
};

type Entry<C extends Collection> = DocumentGraph[C][number];
/** Fields of an entry that name other entries: `…Id` (one id or null) and `…Ids` (a list), by the DocumentGraph's naming. */
type ReferenceField<E> = {
  [K in keyof E]-?: K extends `${string}Id`
    ? NonNullable<E[K]> extends string
      ? K
      : never
    : K extends `${string}Ids`
      ? NonNullable<E[K]> extends readonly string[]
        ? K
        : never
      : never;
}[keyof E];

/** A relationship type the loader writes from a reference field of a DocumentGraph entry. */
export interface ReferenceSpec<C extends Collection = Collection> {
  readonly type: string;
  /** The collection whose entries hold the reference. */
  readonly owner: C;
  readonly field: ReferenceField<Entry<C>>;
  /** Collections the referenced ids may belong to (ABOUT: several). */
  readonly targets: readonly Collection[];
  /** `in`: the relationship points from the referenced node to the owner (an actor SAID a statement). */
  readonly direction: 'out' | 'in';
  /**
   * MERGE for relationships between nodes shared across articles (one PART_OF edge however
   * many articles repeat it); CREATE for relationships out of an article's own nodes.
   */
  readonly write: 'CREATE' | 'MERGE';
  /** The field may be left out of the entry when it has no ids (the reader leaves it out then). */
  readonly optional?: true;
  /** Constant properties the write sets (a Cypher map literal). */
  readonly constant?: string;
  /**
   * Keys the loader sets on each relationship for the reads (src/db/queries/keys.ts computes
   * them), indexed, never exported: see RelationshipProperty.derived.
   */
  readonly keys?: Readonly<Record<string, RelationshipProperty>>;
  readonly doc: string;
}

/*
 * The keys on each ABOUT edge. A busy target (a country) is what a good share of all statements
 * are about: a page of them read from the target's node expanded and sorted every one. A
 * (targetId, key) index on the edge gives the page in order, as the (speakerId, newestKey)
 * index of Statement does for one speaker's statements.
 */
export const ABOUT_KEYS = {
  targetId: { type: 'string', derived: true, doc: "the target's id" },
  newestKey: { type: 'string', derived: true, doc: "the statement's newestKey" },
  oldestKey: { type: 'string', derived: true, doc: "the statement's oldestKey" },
  // One speaker's statements about one target are a range of a (speakerId, targetId, newestKey)
  // index: a page of them read the speaker's statements until enough were about the target.
  speakerId: { type: 'string', derived: true, doc: "the statement's speaker's id" },
} as const satisfies Record<string, RelationshipProperty>;

/*
 * The keys on each MENTIONS edge: the articles naming a busy actor, newest first, are a range of
 * a (targetId, listKey) index, where they were every MENTIONS edge of the actor expanded and
 * sorted (7,874 db hits for a busy actor's first page on the real corpus).
 */
export const MENTION_KEYS = {
  targetId: { type: 'string', derived: true, doc: "the mentioned node's id" },
  listKey: { type: 'string', derived: true, doc: "the article's listKey" },
} as const satisfies Record<string, RelationshipProperty>;

/*
 * The keys on each PARTICIPATED_IN edge: an actor's timeline reads its events as a range of an
 * (actorId, timelineKey) index in page order, where it expanded every event of the actor and
 * counted each one's FOLLOWS paths to sort them (406 events for a busy actor of 10,000 articles).
 */
export const PARTICIPATION_KEYS = {
  actorId: { type: 'string', derived: true, doc: "the actor's id" },
  timelineKey: { type: 'string', derived: true, doc: "the event's place in an actor's timeline" },
} as const satisfies Record<string, RelationshipProperty>;

const reference = <C extends Collection>(spec: ReferenceSpec<C>) => spec;

/** Every relationship that mirrors a reference in the DocumentGraph, in write order. */
export const REFERENCES = [
  reference({
    type: 'SAID',
    owner: 'statements',
    field: 'speakerId',
    targets: ['actors'],
    direction: 'in',
    write: 'CREATE',
    doc: 'who said the statement',
  }),
  reference({
    type: 'ADDRESSED_TO',
    owner: 'statements',
    field: 'addresseeIds',
    targets: ['actors'],
    direction: 'out',
    write: 'CREATE',
    doc: 'to whom it was said',
  }),
  reference({
    type: 'ABOUT',
    owner: 'statements',
    field: 'aboutIds',
    targets: ['actors', 'events', 'sectors', 'places'],
    direction: 'out',
    write: 'CREATE',
    keys: ABOUT_KEYS,
    doc: 'what it is about',
  }),
  reference({
    type: 'REPORTED_BY',
    owner: 'statements',
    field: 'reportedById',
    targets: ['actors'],
    direction: 'out',
    write: 'CREATE',
    doc: 'who relayed it',
  }),
  reference({
    type: 'DENIES',
    owner: 'statements',
    field: 'deniesId',
    targets: ['statements'],
    direction: 'out',
    write: 'CREATE',
    doc: 'the claim it denies',
  }),
  reference({
    type: 'ANSWERS',
    owner: 'statements',
    field: 'answersId',
    targets: ['statements'],
    direction: 'out',
    write: 'CREATE',
    doc: 'the question it answers',
  }),
  reference({
    type: 'DURING',
    owner: 'statements',
    field: 'eventId',
    targets: ['events'],
    direction: 'out',
    write: 'CREATE',
    doc: 'the event it was made at',
  }),
  reference({
    type: 'IN',
    owner: 'events',
    field: 'placeId',
    targets: ['places'],
    direction: 'out',
    write: 'CREATE',
    doc: 'where the event happened',
  }),
  reference({
    type: 'FOLLOWS',
    owner: 'events',
    field: 'followsIds',
    optional: true,
    targets: ['events'],
    direction: 'out',
    write: 'CREATE',
    doc: 'events it follows in time',
  }),
  reference({
    type: 'AFFECTS',
    owner: 'events',
    field: 'affectsIds',
    optional: true,
    targets: ['sectors'],
    direction: 'out',
    write: 'CREATE',
    doc: 'sectors the event affects',
  }),
  // After FOLLOWS: its timeline key counts the FOLLOWS paths out of the event.
  reference({
    type: 'PARTICIPATED_IN',
    owner: 'events',
    field: 'participantIds',
    targets: ['actors'],
    direction: 'in',
    write: 'CREATE',
    constant: "{role: 'participant'}",
    keys: PARTICIPATION_KEYS,
    doc: 'who took part in the event',
  }),
  reference({
    type: 'PART_OF',
    owner: 'actors',
    field: 'partOfIds',
    optional: true,
    targets: ['actors'],
    direction: 'out',
    write: 'MERGE',
    doc: 'a body it belongs to',
  }),
  reference({
    type: 'BASED_IN',
    owner: 'actors',
    field: 'basedInIds',
    optional: true,
    targets: ['places'],
    direction: 'out',
    write: 'MERGE',
    doc: 'where it is based',
  }),
] as const;

export type Reference = (typeof REFERENCES)[number];

/** Whether a reference field holds one id (or null) rather than a list. */
export const isSingleReference = (ref: Reference) => ref.field.endsWith('Id');

/** The loader parameter (and reader column) of a reference towards one target collection. */
export const referenceParameter = (ref: Reference, target: Collection) => (ref.targets.length === 1 ? ref.field : `${ref.field}_${target}`);

export interface RelationshipProperty {
  readonly type: PropertyType;
  /** A sort or lookup key kept by the loader and the migrations' backfill, for an index: no export carries it. */
  readonly derived?: true;
  readonly doc: string;
}

export interface RelationshipSpec {
  readonly type: string;
  readonly from: readonly Label[];
  readonly to: readonly Label[];
  readonly properties: Readonly<Record<string, RelationshipProperty>>;
  /** Aggregates the loader maintains from the statements; not part of any article's graph, never exported. */
  readonly derived?: true;
  /** One row per period of an aggregate (the actor network per month): bookkeeping no path walks. */
  readonly perPeriod?: true;
  readonly doc: string;
}

const labelsOf = (collections: readonly Collection[]) => collections.map((c) => COLLECTION_LABELS[c]);

/** Every relationship type: the structural ones, the references, and the derived aggregates. */
export const RELATIONSHIPS: readonly RelationshipSpec[] = [
  {
    type: 'REPORTED_IN',
    from: ['Statement'],
    to: ['Article'],
    doc: 'the article a statement is reported in',
    properties: { start: { type: 'int', doc: 'offset of the content' }, end: { type: 'int', doc: 'end offset of the content' } },
  },
  {
    type: 'MENTIONS',
    from: ['Article'],
    to: ['Actor', 'Event', 'Sector', 'Place'],
    doc: 'what an article names, with where',
    properties: {
      starts: { type: 'int[]', doc: 'offsets of the mentions' },
      ends: { type: 'int[]', doc: 'end offsets of the mentions' },
      ...MENTION_KEYS,
    },
  },
  ...REFERENCES.map((ref): RelationshipSpec => {
    const owner = [COLLECTION_LABELS[ref.owner]];
    const targets = labelsOf(ref.targets);
    return {
      type: ref.type,
      from: ref.direction === 'out' ? owner : targets,
      to: ref.direction === 'out' ? targets : owner,
      doc: ref.doc,
      properties: {
        ...('constant' in ref ? { role: { type: 'string', doc: "always 'participant' today" } } : {}),
        ...('keys' in ref ? ref.keys : {}),
      },
    };
  }),
  {
    type: 'STANCE',
    from: ['Actor'],
    to: ['Actor', 'Event', 'Sector', 'Place'],
    derived: true,
    doc: 'a speaker and what its statements are about, with how many (and how many of each kind as `kind_<KIND>`)',
    properties: {
      count: { type: 'int', doc: 'statements' },
      rankKey: { type: 'string', doc: 'sort key' },
      pairKey: { type: 'string', doc: 'speaker and target ids, unique: what the loader merges on' },
      targetId: { type: 'string', doc: "the target's id: its speakers, strongest first, are a range of the (targetId, rankKey) index" },
    },
  },
  {
    type: 'STANCE_KIND',
    from: ['Actor'],
    to: ['Actor', 'Event', 'Sector', 'Place'],
    derived: true,
    doc: 'the same per statement kind',
    properties: {
      kind: { type: 'string', doc: 'statement kind' },
      count: { type: 'int', doc: 'statements' },
      rankKey: { type: 'string', doc: 'sort key' },
      pairKey: { type: 'string', doc: 'speaker and target ids and the kind, unique: what the loader merges on' },
    },
  },
  /*
   * The actor network per period (ALL_PERIODS for all time), maintained by the loader from the
   * statements' speakers and actor targets (aboutActorIds, addresseeIds): a network of one month
   * reads the month's heaviest actors as a range of a (period, rankKey) index and the pairs out
   * of the kept ones from a (period, sourceId) index, where it read every statement of the month
   * (3,657 db hits at 1,000 generated articles, 23,085 at 10,000).
   */
  {
    type: 'PERIOD_ACTIVITY',
    from: ['Actor'],
    to: ['Actor'],
    derived: true,
    perPeriod: true,
    doc: "an actor's statements in one period, a loop on the actor: said, received as an actor target, their sum, and said per kind as `kind_<KIND>`",
    properties: {
      period: { type: 'string', doc: "`YYYY-MM`, a coarser date's `YYYY`, or '' for all time" },
      actorId: { type: 'string', doc: "the actor's id" },
      said: { type: 'int', doc: 'statements it said' },
      received: { type: 'int', doc: 'statements of others ABOUT or ADDRESSED_TO it' },
      weight: { type: 'int', doc: 'said + received' },
      rankKey: { type: 'string', doc: 'sort key: heaviest first, then by id' },
      pairKey: { type: 'string', doc: 'actor id and period, unique: what the loader merges on' },
    },
  },
  {
    type: 'PERIOD_PAIR',
    from: ['Actor'],
    to: ['Actor'],
    derived: true,
    perPeriod: true,
    doc: 'a speaker → actor target edge of the actor network in one period, with how many statements (per kind as `kind_<KIND>`)',
    properties: {
      period: { type: 'string', doc: 'as PERIOD_ACTIVITY' },
      sourceId: { type: 'string', doc: "the speaker's id" },
      targetId: { type: 'string', doc: "the target's id" },
      count: { type: 'int', doc: 'statements ABOUT or ADDRESSED_TO the target' },
      about: { type: 'int', doc: 'of which ABOUT it' },
      addressedTo: { type: 'int', doc: 'of which ADDRESSED_TO it' },
      firstDate: { type: 'string', doc: 'earliest date of those statements' },
      lastDate: { type: 'string', doc: 'latest date of those statements' },
      pairKey: { type: 'string', doc: 'speaker and target ids and the period, unique: what the loader merges on' },
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Helpers derived from the declaration

const entriesOf = (label: Label) => Object.entries(NODES[label].properties) as [string, PropertySpec][];

/** Names of the label's properties with one of these roles, in declaration order. */
export const propertyNames = (label: Label, ...roles: PropertyRole[]): string[] =>
  entriesOf(label)
    .filter(([, spec]) => roles.includes(spec.role))
    .map(([name]) => name);

/** Properties an export carries: not derived, not bookkeeping. */
export const isExportedProperty = (label: string, name: string): boolean => {
  const spec = (NODES as Record<string, NodeSpec>)[label]?.properties[name];
  return spec !== undefined && spec.role !== 'derived' && spec.exported !== false;
};

/** Relationship types no export carries. */
export const DERIVED_RELATIONSHIP_TYPES = RELATIONSHIPS.filter((r) => r.derived).map((r) => r.type);

/** Per relationship type, the keys the loader derives for the reads (types without any are absent). */
const DERIVED_RELATIONSHIP_PROPERTIES = new Map(
  RELATIONSHIPS.map((r) => [r.type, new Set(Object.keys(r.properties).filter((name) => r.properties[name]?.derived))] as const).filter(
    ([, names]) => names.size > 0,
  ),
);

/** Relationship properties an export carries: not the keys the loader derives for the reads. */
export const isExportedRelationshipProperty = (type: string, name: string): boolean =>
  !DERIVED_RELATIONSHIP_PROPERTIES.get(type)?.has(name);

/**
 * A relationship's properties as exports and the API show them: without its derived keys. Called once per
 * exported edge, so the derived names are looked up once per edge, not searched in the model per property.
 */
export const shownRelationshipProperties = <V>(type: string, properties: Readonly<Record<string, V>>): Record<string, V> => {
  const derived = DERIVED_RELATIONSHIP_PROPERTIES.get(type);
  return derived ? Object.fromEntries(Object.entries(properties).filter(([name]) => !derived.has(name))) : { ...properties };
};

/**
 * The record fields of a label as a Cypher map projection body (`.id, .name, aliases:
 * coalesce(v.aliases, [])`): what the query projections in src/db/queries/shared.ts read.
 * `only` keeps just those of its names (a lean projection: what one GraphQL selection reads).
 */
export function recordFields(label: Label, v: string, only?: readonly string[]): string {
  return entriesOf(label)
    .filter(([name, spec]) => spec.record && (!only || only.includes(name)))
    .map(([name, spec]) =>
      spec.fallback !== undefined
        ? `${name}: coalesce(${v}.${name}, ${spec.fallback})`
        : // A Neo4j datetime reaches JavaScript as a driver object; records carry ISO 8601 text.
          spec.type === 'datetime'
          ? `${name}: CASE WHEN ${v}.${name} IS NULL THEN null ELSE toString(${v}.${name}) END`
          : `.${name}`,
    )
    .join(', ');
}

export type GraphmlType = 'string' | 'int' | 'boolean';
const graphmlType = (type: PropertyType): GraphmlType => (type === 'int' ? 'int' : type === 'boolean' ? 'boolean' : 'string');

/**
 * GraphML needs every attribute declared with its type before the first node: every exported
 * property of the model, once (a name shared by two labels has one type in the model).
 */
export function graphmlNodeKeys(): [string, GraphmlType][] {
  const keys = new Map<string, GraphmlType>();
  for (const label of NODE_LABELS) {
    for (const [name, spec] of entriesOf(label))
      if (isExportedProperty(label, name) && !keys.has(name)) keys.set(name, graphmlType(spec.type));
  }
  return [...keys];
}

export function graphmlEdgeKeys(): [string, GraphmlType][] {
  const keys = new Map<string, GraphmlType>();
  for (const rel of RELATIONSHIPS) {
    if (rel.derived) continue;
    for (const [name, spec] of Object.entries(rel.properties)) if (!spec.derived && !keys.has(name)) keys.set(name, graphmlType(spec.type));
  }
  return [...keys];
}

/** The model as the Markdown section of docs/ARCHITECTURE.md (a test keeps the two equal). */
export function modelMarkdown(): string {
  const lines = ['| node | property | type | role | meaning |', '|---|---|---|---|---|'];
  for (const label of NODE_LABELS) {
    for (const [name, spec] of entriesOf(label)) {
      const type = spec.values ? spec.values.join(' \\| ') : `${spec.type}${spec.nullable ? '?' : ''}`;
      lines.push(
        `| \`${label}\` | ${name} | ${type}${spec.values && spec.nullable ? '?' : ''} | ${spec.role}${spec.exported === false ? ', not exported' : ''} | ${spec.doc} |`,
      );
    }
  }
  lines.push('', '| relationship | from → to | properties | meaning |', '|---|---|---|---|');
  for (const rel of RELATIONSHIPS) {
    const props = Object.entries(rel.properties)
      .map(([name, spec]) => `${name}: ${spec.type}${spec.derived ? ' (derived)' : ''}`)
      .join(', ');
    lines.push(
      `| \`${rel.type}\`${rel.derived ? ' (derived)' : ''} | ${rel.from.join('\\|')} → ${rel.to.join('\\|')} | ${props} | ${rel.doc} |`,
    );
  }
  return lines.join('\n');
}

// Compile-time links between the model and the DocumentGraph: an entry field renamed in one
// and not the other fails the typecheck here.
type _ActorRefs = Extract<Reference, { owner: 'actors' }>['field'] extends keyof ActorEntry ? true : never;
type _EventRefs = Extract<Reference, { owner: 'events' }>['field'] extends keyof EventEntry ? true : never;
type _StatementRefs = Extract<Reference, { owner: 'statements' }>['field'] extends keyof StatementEntry ? true : never;
export type ModelChecks = [_ActorRefs, _EventRefs, _StatementRefs];

// ---------------------------------------------------------------------------------------------
// Runtime check of records read from the database

const VALUE_CHECKS: Record<PropertyType, (value: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  datetime: (v) => typeof v === 'string' || (typeof v === 'object' && v !== null),
  int: (v) => typeof v === 'number' && Number.isInteger(v),
  boolean: (v) => typeof v === 'boolean',
  'string[]': (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  'int[]': (v) => Array.isArray(v) && v.every((x) => typeof x === 'number'),
};

/**
 * Whether a value read back through a projection has the record properties of its label with
 * the model's types (null only where the model allows it, enumeration values from the list);
 * with `only`, just those of its names (what a lean projection read).
 */
export function matchesRecord(label: Label, value: Readonly<Record<string, unknown>>, only?: readonly string[]): boolean {
  return entriesOf(label).every(([name, spec]) => {
    if (!spec.record || (only && !only.includes(name))) return true;
    const v = value[name];
    if (v === null || v === undefined) return spec.nullable === true;
    return VALUE_CHECKS[spec.type](v) && (spec.values === undefined || spec.values.includes(v as string));
  });
}
