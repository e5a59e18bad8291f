import { describe, expect, it } from 'vitest';
import {
  actorProperties,
  articleProperties,
  canonicalDocumentGraph,
  eventProperties,
  placeProperties,
  sectorProperties,
  statementProperties,
} from '../../../src/graph/codec.ts';
import { isSingleReference, propertyNames, REFERENCES } from '../../../src/graph/model.ts';
import { documentGraphProblems } from '../../../src/graph/validate.ts';
import type { DocumentGraph } from '../../../src/graph/document-graph.ts';

const TEXT = 'قال الوزير في العاصمة إن قمة الطاقة ناجحة. ونفى المعارض ذلك.';
const span = (part: string, from = 0) => {
  const start = TEXT.indexOf(part, from);
  return { start, end: start + part.length, text: part };
};

/** A small graph of our own with one entry in every collection (and two statements, for DENIES). */
function smallGraph(): DocumentGraph {
  return {
    version: 1,
    article: { id: 'article:codec-unit', title: null, language: 'ar', publishedAt: '2024-02-01', source: null, url: null, text: TEXT },
    actors: [
      {
        id: 'actor:codec-minister',
        name: 'الوزير',
        kind: 'PERSON',
        basedInIds: ['place:codec-capital'],
        partOfIds: ['actor:codec-opposition'],
        mentions: [span('الوزير')],
      },
      { id: 'actor:codec-opposition', name: 'المعارض', kind: 'PERSON', mentions: [span('المعارض')] },
    ],
    places: [{ id: 'place:codec-capital', name: 'العاصمة', mentions: [span('العاصمة')] }],
    events: [
      {
        id: 'event:codec-summit',
        kind: 'MEETING',
        label: 'قمة الطاقة',
        participantIds: ['actor:codec-minister'],
        placeId: 'place:codec-capital',
        when: null,
        followsIds: [],
        affectsIds: ['sector:codec-energy'],
        mentions: [span('قمة الطاقة')],
      },
    ],
    sectors: [{ id: 'sector:codec-energy', name: 'الطاقة', mentions: [span('الطاقة')] }],
    statements: [
      {
        id: 'stmt:codec:1',
        speakerId: 'actor:codec-minister',
        addresseeIds: [],
        aboutIds: ['event:codec-summit', 'sector:codec-energy'],
        cue: span('قال'),
        verb: 'قال',
        kind: 'CLAIM',
        direct: false,
        content: span('قمة الطاقة ناجحة'),
        sentence: { index: 0, start: 0, end: 42 },
        reportedById: null,
        deniesId: null,
        answersId: null,
        eventId: 'event:codec-summit',
      },
      {
        id: 'stmt:codec:2',
        speakerId: 'actor:codec-opposition',
        addresseeIds: ['actor:codec-minister'],
        aboutIds: ['actor:codec-minister'],
        cue: span('ونفى'),
        verb: 'نفى',
        kind: 'DENIAL',
        direct: false,
        content: span('ذلك'),
        sentence: { index: 1, start: 43, end: TEXT.length },
        reportedById: 'actor:codec-minister',
        deniesId: 'stmt:codec:1',
        answersId: null,
        eventId: null,
      },
    ],
  };
}

describe('DocumentGraph writer and validator, from the graph model', () => {
  it('the fixture is valid', () => {
    expect(documentGraphProblems(smallGraph())).toEqual([]);
  });

  it('the validator checks every reference of the model: an id of no entry is refused at its path', () => {
    for (const ref of REFERENCES) {
      const graph = smallGraph();
      const entry = graph[ref.owner][0] as unknown as Record<string, unknown>;
      entry[ref.field] = isSingleReference(ref) ? 'nowhere:1' : ['nowhere:1'];
      expect(documentGraphProblems(graph).join('\n'), ref.type).toContain(`$.${ref.owner}[0].${ref.field}`);
    }
  });

  it('writes exactly the stored properties of the model for each label', () => {
    const graph = smallGraph();
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(articleProperties(graph, 'hash'))).toEqual(propertyNames('Article', 'stored').sort());
    expect(keys(actorProperties(graph.actors[0]!))).toEqual(propertyNames('Actor', 'stored').sort());
    expect(keys(placeProperties(graph.places[0]!))).toEqual(propertyNames('Place', 'stored').sort());
    expect(keys(sectorProperties(graph.sectors[0]!))).toEqual(propertyNames('Sector', 'stored').sort());
    expect(keys(eventProperties(graph.events[0]!, graph.article))).toEqual(propertyNames('Event', 'stored').sort());
    const actors = new Set(graph.actors.map((a) => a.id));
    expect(keys(statementProperties(graph.statements[0]!, graph.article, actors))).toEqual(propertyNames('Statement', 'stored').sort());
  });

  it("stores a statement's actor targets as sorted id lists: ABOUT actors only (not events, sectors, places), and its addressees", () => {
    const graph = smallGraph();
    const actors = new Set(graph.actors.map((a) => a.id));
    const [first, second] = graph.statements.map((s) => statementProperties(s, graph.article, actors));
    expect([first!.aboutActorIds, first!.addresseeIds]).toEqual([[], []]);
    expect([second!.aboutActorIds, second!.addresseeIds]).toEqual([['actor:codec-minister'], ['actor:codec-minister']]);
    const statement = { ...graph.statements[1]!, aboutIds: ['actor:codec-opposition', 'sector:codec-energy', 'actor:codec-minister'] };
    expect(statementProperties(statement, graph.article, actors).aboutActorIds).toEqual(['actor:codec-minister', 'actor:codec-opposition']);
  });

  it('the canonical form is valid and canonical again', () => {
    const canonical = canonicalDocumentGraph(smallGraph());
    expect(documentGraphProblems(canonical)).toEqual([]);
    expect(canonicalDocumentGraph(canonical)).toEqual(canonical);
    // Empty optional lists are left out, as the reader leaves them out.
    expect(canonical.events[0]).not.toHaveProperty('followsIds');
  });
});
