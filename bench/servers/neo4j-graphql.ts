/**
 * The @neo4j/graphql 7 contender: the library's generated schema over Qawl's graph
 * (neo4j-graphql.typedefs.graphql), plus @cypher Query fields for the questions its generated
 * API cannot express, each holding the raw contender's Cypher from bench/operations/. Served
 * the way Qawl is (Apollo Server 5 on Express 5) with the same driver settings
 * (src/db/driver.ts), on the Neo4j in NEO4J_URI, on a free port. Prints `LISTENING <port>`.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import { createDatabase } from '../../src/db/driver.ts';
import type { AddressInfo } from 'node:net';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OPERATIONS = path.join(HERE, '..', 'operations');
/** Request bodies as large as Qawl accepts (QAWL_MAX_BODY_BYTES default). */
const MAX_BODY = '6mb';

/** A Cypher file as a GraphQL block string: `"""` cannot occur in it, backslashes are literal. */
const cypher = (file: string) => {
  const text = fs.readFileSync(path.join(OPERATIONS, file), 'utf8');
  if (text.includes('"""')) throw new Error(`${file} contains """`);
  return `"""\n${text}"""`;
};

const customQueries = `
type GraphNodeView { id: ID!, type: String! }
type GraphEdgeView { id: ID!, source: ID!, target: ID!, type: String! }
type GraphAround { nodes: [GraphNodeView!]!, edges: [GraphEdgeView!]!, truncated: Boolean! }
type NetworkNode { id: ID!, said: Int!, received: Int!, weight: Int! }
type NetworkEdge { source: ID!, target: ID!, weight: Int! }
type ActorNetworkView { nodes: [NetworkNode!]!, edges: [NetworkEdge!]!, statementCount: Int!, truncated: Boolean! }
type SearchStatementHit { score: Float!, id: ID!, text: String! }
type KindCountView { kind: String!, count: Int! }
type PeriodCountView { period: String!, count: Int! }
type StatementAggregateView { count: Int!, byKind: [KindCountView!]!, byPeriod: [PeriodCountView!]! }

type Query {
  graphAround(center: ID!, limit: Int!): GraphAround @cypher(statement: ${cypher('graph-depth2.cypher')}, columnName: "graph")
  actorNetworkOfMonth(month: String!): ActorNetworkView @cypher(statement: ${cypher('actor-network.cypher')}, columnName: "network")
  searchStatements(lucene: String!, normalized: String!, limit: Int!): [SearchStatementHit!]!
    @cypher(statement: ${cypher('search.cypher').replace(/RETURN collect\(([^]*)\) AS hits\s*"""$/, 'RETURN $1 AS hit\n"""')}, columnName: "hit")
  statementAggregate(speaker: ID!): StatementAggregateView @cypher(statement: ${cypher('statement-aggregate.cypher')}, columnName: "aggregate")
}
`;

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('NEO4J_URI must be set');
const db = createDatabase(uri, process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');
const typeDefs = [fs.readFileSync(path.join(HERE, 'neo4j-graphql.typedefs.graphql'), 'utf8'), customQueries];
const neoSchema = new Neo4jGraphQL({ typeDefs, driver: db.driver });
const schema = await neoSchema.getSchema();

const app = express();
const httpServer = http.createServer(app);
const apollo = new ApolloServer({ schema, introspection: true });
await apollo.start();
app.use('/graphql', express.json({ limit: MAX_BODY }), expressMiddleware(apollo, { context: async () => ({}) }));
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
process.stdout.write(`LISTENING ${(httpServer.address() as AddressInfo).port}\n`);
process.once('SIGTERM', () => {
  void apollo
    .stop()
    .then(() => httpServer.close())
    .then(() => db.close())
    .then(() => process.exit(0));
});
