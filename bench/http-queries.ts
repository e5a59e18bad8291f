/**
 * The query mix of `npm run bench:http`: README queries as a reader would send them (ids from the
 * seed article and the gazetteer). test/unit/bench/http-queries.test.ts validates them against
 * the schema, so a schema change cannot leave the load test measuring error responses.
 */
export const QUERIES = [
  '{ statements(filter: {speaker: "actor:kremlin"}) { totalCount edges { node { kind text evidence { sentence } } } } }',
  '{ actors(first: 10) { edges { node { id name nameEn kind statementsBy(first: 3) { totalCount edges { node { text } } } } } } }',
  '{ actors(filter: {name: "بوتين"}) { edges { node { id name nameEn wikidataId } } } }',
  '{ actor(id: "actor:joe-biden") { name nameEn kind aliases partOf { id name } statementsBy(first: 5) { totalCount edges { node { text kind addressees { name } } } } statementsAbout(first: 5) { totalCount edges { node { text speaker { name } } } } } }',
  '{ whoSaidWhatAbout(about: "actor:united-states") { totalCount speakers(first: 20) { edges { node { speaker { name } count kinds { kind count } statements(first: 5) { edges { node { text kind } } } } } } } }',
  '{ stanceNetwork(kinds: [DENIAL, ACCUSATION, WARNING], minCount: 1, first: 20) { totalCount edges { node { speaker { name } count kinds { kind count } } } } }',
  '{ events(filter: {participants: ["actor:joe-biden", "actor:vladimir-putin"]}) { edges { node { id kind label date place { name } } } } }',
  '{ search(query: "الهجمات الإلكترونية", types: [STATEMENT, EVENT], first: 10) { edges { score type node { __typename ... on Statement { text } ... on Event { label } } } } }',
  '{ articles(first: 5) { totalCount edges { node { id title publishedAt statements(first: 10) { totalCount edges { node { text kind } } } } } } }',
  '{ graph(center: "actor:kremlin", depth: 2, limit: 100) { nodes { id label type } edges { source target type } truncated } }',
];
