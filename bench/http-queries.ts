/**
 * The query mix of `npm run bench:http`: README queries as a reader would send them (ids from the
 * seed article and the gazetteer), each with a short name for the per-operation breakdown.
 * test/unit/bench/http-queries.test.ts validates them against the schema, so a schema change
 * cannot leave the load test measuring error responses.
 */
export interface MixOperation {
  name: string;
  query: string;
}

export const MIX: MixOperation[] = [
  {
    name: 'statements-by-speaker',
    query: '{ statements(filter: {speaker: "actor:kremlin"}) { totalCount edges { node { kind text evidence { sentence } } } } }',
  },
  {
    name: 'actors-statementsBy',
    query: '{ actors(first: 10) { edges { node { id name nameEn kind statementsBy(first: 3) { totalCount edges { node { text } } } } } } }',
  },
  { name: 'actors-by-name', query: '{ actors(filter: {name: "بوتين"}) { edges { node { id name nameEn wikidataId } } } }' },
  {
    name: 'actor-detail',
    query:
      '{ actor(id: "actor:joe-biden") { name nameEn kind aliases partOf { id name } statementsBy(first: 5) { totalCount edges { node { text kind addressees { name } } } } statementsAbout(first: 5) { totalCount edges { node { text speaker { name } } } } } }',
  },
  {
    name: 'whoSaidWhatAbout',
    query:
      '{ whoSaidWhatAbout(about: "actor:united-states") { totalCount speakers(first: 20) { edges { node { speaker { name } count kinds { kind count } statements(first: 5) { edges { node { text kind } } } } } } } }',
  },
  {
    name: 'stanceNetwork',
    query:
      '{ stanceNetwork(kinds: [DENIAL, ACCUSATION, WARNING], minCount: 1, first: 20) { totalCount edges { node { speaker { name } count kinds { kind count } } } } }',
  },
  {
    name: 'events-participants',
    query:
      '{ events(filter: {participants: ["actor:joe-biden", "actor:vladimir-putin"]}) { edges { node { id kind label date place { name } } } } }',
  },
  {
    name: 'search',
    query:
      '{ search(query: "الهجمات الإلكترونية", types: [STATEMENT, EVENT], first: 10) { edges { score type node { __typename ... on Statement { text } ... on Event { label } } } } }',
  },
  {
    name: 'articles-statements',
    query:
      '{ articles(first: 5) { totalCount edges { node { id title publishedAt statements(first: 10) { totalCount edges { node { text kind } } } } } } }',
  },
  {
    name: 'graph-depth2',
    query: '{ graph(center: "actor:kremlin", depth: 2, limit: 100) { nodes { id label type } edges { source target type } truncated } }',
  },
];

export const QUERIES = MIX.map((operation) => operation.query);
