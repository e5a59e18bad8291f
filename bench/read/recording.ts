/** Records the Cypher a Qawl server sends, for the profilers (bench/read/profile.ts, bench/http-operations.ts). */
import type { Database } from '../../src/db/driver.ts';
import type { ManagedTransaction, ProfiledPlan, QueryResult } from 'neo4j-driver';

export interface Recorded {
  query: string;
  params: Record<string, unknown>;
  clientMs: number;
  serverMs: number;
}

/** Wraps `db.read` so every query the API sends is recorded with its timings. */
export function recording(db: Database, sink: { current: Recorded[] | null }): void {
  const read = db.read.bind(db);
  db.read = <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
    read((tx) =>
      work(
        new Proxy(tx, {
          get(target, prop, receiver) {
            if (prop !== 'run') return Reflect.get(target, prop, receiver) as unknown;
            return (query: string, params: Record<string, unknown> = {}) => {
              const started = performance.now();
              const result = target.run(query, params);
              const list = sink.current;
              if (list) {
                void result.then(
                  (r: QueryResult) => {
                    list.push({
                      query,
                      params,
                      clientMs: performance.now() - started,
                      serverMs: Number(r.summary.resultAvailableAfter) + Number(r.summary.resultConsumedAfter),
                    });
                  },
                  () => undefined,
                );
              }
              return result;
            };
          },
        }),
      ),
    );
}

export function dbHits(plan: ProfiledPlan | null | undefined): number {
  if (!plan) return 0;
  return plan.dbHits + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
}
