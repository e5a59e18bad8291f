/**
 * Plans the API's most common read queries once, in the background, after `qawl serve` starts.
 *
 * A new query text costs Neo4j planning before it runs, and on a fresh Neo4j JVM far more (the
 * planner's own code is not compiled yet): on the 1,000-article benchmark graph under load,
 * `actor(id) { statementsBy(first: 20) { … } }` planned in 22 s on a fresh JVM against 1.5-5 s
 * once other queries had been planned, and cached it plans in milliseconds; its execution
 * reads 929 db hits. So the first requests after a start waited on the planner, and one hit
 * the 30 s query timeout. EXPLAIN plans without running and caches the plan under the query's
 * text, so EXPLAINing the texts that nearly every client sends (the by-id load, the first
 * page of statements with their speakers, an actor with its statements) warms both the JVM
 * and the plan cache. The texts come from the query functions themselves, run on a Database
 * whose reads are EXPLAINed, so they cannot drift from what the API sends.
 */
import { Database } from './driver.ts';
import { nodeWithPages, nodesByIds, relatedPages } from './queries/nodes.ts';
import { listStatements } from './queries/statements.ts';
import type { ReadTransaction } from './driver.ts';

/** The page size the warmed texts use: a parameter, so any page size shares their plans. */
const WARM_PAGE_SIZE = 20;

/** A Database whose reads plan each query with EXPLAIN and return no rows. */
class ExplainingDatabase extends Database {
  constructor(private readonly inner: Database) {
    super(inner.driver, inner.databaseName, inner.uri, inner.options);
  }

  override read<T>(work: (tx: ReadTransaction) => Promise<T>): Promise<T> {
    return this.inner.read((tx) =>
      work(
        new Proxy(tx, {
          get(target, prop, receiver) {
            if (prop !== 'run') return Reflect.get(target, prop, receiver) as unknown;
            return (query: string, params?: Record<string, unknown>) => target.run(`EXPLAIN ${query}`, params);
          },
        }),
      ),
    );
  }
}

/** EXPLAINs the common read texts one after another; resolves with how many were planned. */
export async function warmPlans(db: Database): Promise<number> {
  const explain = new ExplainingDatabase(db);
  const page = { after: '', limit: WARM_PAGE_SIZE };
  const steps: (() => Promise<unknown>)[] = [
    () => nodesByIds(explain, ['']),
    () => listStatements(explain, {}, 'NEWEST_FIRST', { ...page, withCount: true }, ['speaker']),
    () => nodeWithPages(explain, 'Actor', '', [{ relation: 'Actor.statements', ...page, withCount: false, links: ['speaker'] }]),
    () => relatedPages(explain, 'Actor.statements', [{ key: '', id: '', ...page, withCount: false, links: ['speaker'] }]),
  ];
  for (const step of steps) await step();
  return steps.length;
}
