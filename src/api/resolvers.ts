import type { Resolvers } from '../generated/graphql.ts';
import { listActors } from '../db/queries/actors.ts';
import { listStatements } from '../db/queries/statements.ts';
import { neo4jVersion } from '../db/queries/articles.ts';
import { apiError } from './errors.ts';
import { pageWindow, toConnection } from './pagination.ts';

/** Thin resolvers: validate arguments, call src/db, shape the result. */
export const resolvers: Resolvers = {
  Query: {
    health: async (_root, _args, { db }) => ({ status: 'ok', neo4jVersion: await neo4jVersion(db) }),
    actor: (_root, { id }, { loaders }) => loaders.actor.load(id),
    actors: async (_root, { filter, first, after }, { db, config }) => {
      const { offset, limit } = pageWindow({ first, after }, config.api);
      return toConnection(await listActors(db, { kind: filter?.kind, name: filter?.name }, offset, limit));
    },
    statements: async (_root, { filter, first, after }, { db, config }) => {
      const { offset, limit } = pageWindow({ first, after }, config.api);
      return toConnection(await listStatements(db, { speaker: filter?.speaker, about: filter?.about }, offset, limit));
    },
  },
  Actor: {
    statements: async (actor, { first, after }, { loaders, config }) => {
      const { offset, limit } = pageWindow({ first, after }, config.api);
      const key = `${actor.id}|${offset}|${limit}`;
      return toConnection(await loaders.statementsBySpeaker.load({ key, actorId: actor.id, offset, limit }));
    },
  },
  Statement: {
    speaker: async (statement, _args, { loaders }) => {
      const actor = await loaders.actor.load(statement.speakerId);
      if (!actor) throw apiError('INTERNAL_SERVER_ERROR', `statement ${statement.id} has no speaker`);
      return actor;
    },
    article: async (statement, _args, { loaders }) => {
      const article = await loaders.article.load(statement.articleId);
      if (!article) throw apiError('INTERNAL_SERVER_ERROR', `statement ${statement.id} has no article`);
      return article;
    },
    evidence: (statement) => ({ sentence: statement.sentence, start: statement.start, end: statement.end }),
  },
};
