import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../../src/api/schema.ts';
import { PROJECT_ROOT } from '../../../src/config.ts';
import { VIEW_RELATIONSHIP_TYPES } from '../../../src/db/queries/graph.ts';
import { aboutKeys, DERIVED_PROPERTIES, DERIVED_RELATIONSHIPS, mentionKeys, participationKeys } from '../../../src/db/queries/keys.ts';
import { EDGE_KEYS, NODE_KEYS } from '../../../src/export/graphml.ts';
import {
  ABOUT_KEYS,
  MENTION_KEYS,
  ACTOR_KIND_LABELS,
  PARTICIPATION_KEYS,
  STATEMENT_KIND_LABELS,
  DERIVED_RELATIONSHIP_TYPES,
  isExportedProperty,
  isExportedRelationshipProperty,
  REFERENCES,
  RELATIONSHIPS,
  shownRelationshipProperties,
  modelMarkdown,
  NODE_LABELS,
  NODES,
  recordFields,
  type Label,
  type PropertySpec,
} from '../../../src/graph/model.ts';

const schema: GraphQLSchema = buildSchema(loadTypeDefs().join('\n'));

/** The GraphQL scalar types a model type may be shown as (ids as ID, dates as Date or, coarse, PartialDate). */
const SCALARS: Record<string, readonly string[]> = {
  string: ['String', 'ID', 'Date', 'PartialDate'],
  datetime: ['String', 'Date', 'DateTime'],
  int: ['Int'],
  boolean: ['Boolean'],
};

const properties = (label: Label) => Object.entries(NODES[label].properties) as [string, PropertySpec][];

/** Where the API shows a property: [type, field]. */
const apiPlace = (label: Label, name: string, spec: PropertySpec): [string, string] | null => {
  if (spec.api === undefined) return null;
  if (spec.api === true) return [label, name];
  const [type, field] = spec.api.split('.');
  return [type!, field!];
};

function fieldOf(type: string, field: string): GraphQLField<unknown, unknown> | undefined {
  const t = schema.getType(type);
  return t && isObjectType(t) ? t.getFields()[field] : undefined;
}

/** What is wrong between a model property and the SDL field showing it (empty when they agree). */
function disagreement(name: string, spec: PropertySpec, type: GraphQLOutputType): string[] {
  const problems: string[] = [];
  const nullable = !isNonNullType(type);
  if (nullable !== (spec.nullable === true))
    problems.push(`${name}: model ${spec.nullable ? 'nullable' : 'non-null'}, SDL ${nullable ? 'nullable' : 'non-null'}`);
  const inner = getNullableType(type);
  const isList = isListType(inner);
  if (isList !== spec.type.endsWith('[]')) problems.push(`${name}: model ${spec.type}, SDL ${String(type)}`);
  if (isList && !isNonNullType(inner.ofType)) problems.push(`${name}: SDL list items may be null, the model's never are`);
  const named = getNamedType(type);
  const base = spec.type.replace('[]', '');
  if (spec.values) {
    if (!isEnumType(named)) problems.push(`${name}: model enumeration, SDL ${named.name}`);
    else {
      const sdl = named
        .getValues()
        .map((v) => v.name)
        .sort();
      if (JSON.stringify(sdl) !== JSON.stringify([...spec.values].sort())) {
        problems.push(`${name}: enum ${named.name} has ${sdl.join(',')}, the model ${[...spec.values].sort().join(',')}`);
      }
    }
  } else if (!(SCALARS[base] ?? []).includes(named.name)) {
    problems.push(`${name}: model ${spec.type}, SDL ${named.name}`);
  }
  return problems;
}

describe('the graph model and the GraphQL schema agree', () => {
  it('every property the API shows has the SDL field, with the same type, nullability and enumeration values', () => {
    const problems: string[] = [];
    for (const label of NODE_LABELS) {
      for (const [name, spec] of properties(label)) {
        const place = apiPlace(label, name, spec);
        if (!place) continue;
        const field = fieldOf(...place);
        if (!field) {
          problems.push(`${label}.${name}: no SDL field ${place.join('.')}`);
          continue;
        }
        if (field.args.length > 0) problems.push(`${label}.${name}: SDL field ${place.join('.')} takes arguments`);
        problems.push(...disagreement(`${label}.${name}`, spec, field.type));
        // The resolvers serve a node's fields from its record, which the projection fills.
        if (!spec.record) problems.push(`${label}.${name}: shown by the API but not part of the record`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every scalar or enum field of a node type (and of the types its properties are shown in) is a model property', () => {
    const shownAt = new Map<string, string>();
    for (const label of NODE_LABELS) {
      for (const [name, spec] of properties(label)) {
        const place = apiPlace(label, name, spec);
        if (place) shownAt.set(place.join('.'), `${label}.${name}`);
      }
    }
    const types = new Set([...NODE_LABELS, ...[...shownAt.keys()].map((p) => p.split('.')[0]!)]);
    const unknown: string[] = [];
    for (const typeName of types) {
      const type = schema.getType(typeName);
      expect(type && isObjectType(type), `SDL type ${typeName}`).toBe(true);
      if (!type || !isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        // Fields an interface declares (Subject.displayName) are computed by the resolvers of every implementing type.
        const fromInterface = type.getInterfaces().some((i) => field.name in i.getFields()) && field.name !== 'id';
        if (
          field.args.length === 0 &&
          isLeafType(getNamedType(field.type)) &&
          !shownAt.has(`${typeName}.${field.name}`) &&
          !fromInterface
        ) {
          unknown.push(`${typeName}.${field.name}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  it('the graph view enums name the model: GraphNodeType its labels, GraphEdgeType its own (not derived) relationships', () => {
    const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
    expect(new Set(values('GraphNodeType'))).toEqual(new Set(NODE_LABELS.map((label) => label.toUpperCase())));
    expect(new Set(values('GraphEdgeType'))).toEqual(new Set(VIEW_RELATIONSHIP_TYPES));
    const derived: readonly string[] = DERIVED_RELATIONSHIPS;
    expect(VIEW_RELATIONSHIP_TYPES.some((type) => derived.includes(type))).toBe(false);
  });

  it('the disagreement check itself catches a renamed type, a nullability change and a missing enum value', () => {
    const statement = fieldOf('Statement', 'kind')!;
    const spec = NODES.Statement.properties.kind;
    expect(disagreement('kind', spec, statement.type)).toEqual([]);
    expect(disagreement('kind', { ...spec, values: [...spec.values, 'RUMOUR'] }, statement.type)).toHaveLength(1);
    expect(disagreement('kind', { ...spec, nullable: true }, statement.type)).toHaveLength(1);
    expect(
      disagreement('direct', { ...NODES.Statement.properties.direct, type: 'int' }, fieldOf('Statement', 'direct')!.type),
    ).toHaveLength(1);
  });
});

describe('the graph model and the rest of the code agree', () => {
  it('the sort and search keys (src/db/queries/keys.ts) are model properties no export carries', () => {
    for (const name of DERIVED_PROPERTIES) {
      const labels = NODE_LABELS.filter((label) => name in NODES[label].properties);
      expect(labels, name).not.toEqual([]);
      for (const label of labels) expect(isExportedProperty(label, name), `${label}.${name}`).toBe(false);
    }
    expect([...DERIVED_RELATIONSHIPS].sort()).toEqual([...DERIVED_RELATIONSHIP_TYPES].sort());
  });

  it('PARTICIPATED_IN carries its constant role and the derived timeline keys, computed after the FOLLOWS edges they count', () => {
    const participation = RELATIONSHIPS.find((r) => r.type === 'PARTICIPATED_IN')!;
    expect(Object.keys(participation.properties)).toEqual(['role', ...Object.keys(PARTICIPATION_KEYS)]);
    expect(participationKeys('e', 'a')).toMatch(/^\{actorId: a\.id, timelineKey: .*\(e\)-\[:FOLLOWS\]->\{1,\d+\}\(:Event\).*\}$/s);
    const types = REFERENCES.map((r) => r.type);
    expect(types.indexOf('PARTICIPATED_IN')).toBeGreaterThan(types.indexOf('FOLLOWS'));
    for (const name of Object.keys(PARTICIPATION_KEYS)) expect(isExportedRelationshipProperty('PARTICIPATED_IN', name), name).toBe(false);
  });

  it('statement kind labels are one per kind, none of them a label of the model or of an actor kind', () => {
    const labels = Object.values(STATEMENT_KIND_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
    const taken = new Set<string>([...NODE_LABELS, ...Object.values(ACTOR_KIND_LABELS), 'Node']);
    expect(labels.filter((label) => taken.has(label))).toEqual([]);
    for (const label of labels) expect(label).toMatch(/^[A-Z][A-Za-z]+$/);
  });

  it("the ABOUT edges' keys are derived properties of the model that the loader computes and no export or API answer shows", () => {
    const about = RELATIONSHIPS.find((r) => r.type === 'ABOUT')!;
    const names = Object.keys(ABOUT_KEYS);
    expect(Object.keys(about.properties)).toEqual(names);
    // The loader's map literal sets exactly the declared keys.
    expect(aboutKeys('s', 't')).toBe('{targetId: t.id, newestKey: s.newestKey, oldestKey: s.oldestKey, speakerId: s.speakerId}');
    for (const name of names) expect(isExportedRelationshipProperty('ABOUT', name), name).toBe(false);
    const edgeKeys = new Set(EDGE_KEYS.map(([name]) => name));
    for (const name of names) expect(edgeKeys.has(name), name).toBe(false);
    expect(shownRelationshipProperties('ABOUT', { targetId: 'actor:x', newestKey: 'k', oldestKey: 'k' })).toEqual({});
    expect(shownRelationshipProperties('PARTICIPATED_IN', { role: 'participant', actorId: 'actor:x', timelineKey: 'k' })).toEqual({
      role: 'participant',
    });
    expect(shownRelationshipProperties('REPORTED_IN', { start: 1, end: 9 })).toEqual({ start: 1, end: 9 });
  });

  it("the MENTIONS edges' keys are derived: the loader sets them beside the spans, and exports show the spans only", () => {
    const mentions = RELATIONSHIPS.find((r) => r.type === 'MENTIONS')!;
    expect(Object.keys(mentions.properties)).toEqual(['starts', 'ends', ...Object.keys(MENTION_KEYS)]);
    expect(mentionKeys('art', 'n')).toBe('{targetId: n.id, listKey: art.listKey}');
    for (const name of Object.keys(MENTION_KEYS)) expect(isExportedRelationshipProperty('MENTIONS', name), name).toBe(false);
    expect(shownRelationshipProperties('MENTIONS', { starts: [3], ends: [9], targetId: 'actor:x', listKey: 'k' })).toEqual({
      starts: [3],
      ends: [9],
    });
    const edgeKeys = new Set(EDGE_KEYS.map(([name]) => name));
    expect(edgeKeys.has('listKey')).toBe(false);
  });

  it('GraphML declares each key once, every exported property of the model among them', () => {
    for (const keys of [NODE_KEYS, EDGE_KEYS]) expect(new Set(keys.map(([name]) => name)).size).toBe(keys.length);
    const names = new Set(NODE_KEYS.map(([name]) => name));
    for (const label of NODE_LABELS) {
      for (const [name] of properties(label)) if (isExportedProperty(label, name)) expect(names.has(name), `${label}.${name}`).toBe(true);
    }
  });

  it('a projection reads exactly the record properties', () => {
    expect(recordFields('Article', 'a')).toBe(
      ".id, .title, .url, .source, language: coalesce(a.language, 'ar'), .publishedAt, .text, ingestedAt: CASE WHEN a.ingestedAt IS NULL THEN null ELSE toString(a.ingestedAt) END",
    );
  });

  it('docs/ARCHITECTURE.md shows the graph model as declared (regenerate with `npx tsx tools/docs/model.ts --write`)', () => {
    const doc = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'ARCHITECTURE.md'), 'utf8');
    const section = /<!-- model:begin[^>]*-->\n([\s\S]*?)\n<!-- model:end -->/.exec(doc);
    expect(section, 'the model markers in docs/ARCHITECTURE.md').not.toBeNull();
    expect(section![1]).toBe(modelMarkdown());
  });
});
