/** Records the Cypher a Qawl server sends, for the profilers (bench/read/profile.ts, bench/http-operations.ts). */
import type { Database, ReadTransaction } from '../../src/db/driver.ts';
import type { ProfiledPlan, QueryResult } from 'neo4j-driver';

export interface Recorded {
  query: string;
  params: Record<string, unknown>;
  clientMs: number;
  serverMs: number;
}

/** Wraps `db.read` so every query the API sends is recorded with its timings. */
export function recording(db: Database, sink: { current: Recorded[] | null }): void {
  const read = db.read.bind(db);
  db.read = <T>(work: (tx: ReadTransaction) => Promise<T>) =>
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

/**
 * A profiled plan as indented lines, one operator each with its db hits, rows and details:
 * where a query's db hits go (profile.ts --plans).
 */
export function planLines(plan: ProfiledPlan, depth = 0): string[] {
  const details = typeof plan.arguments.Details === 'string' ? ` ${plan.arguments.Details.replace(/\s+/g, ' ').slice(0, 160)}` : '';
  return [
    `${'  '.repeat(depth)}${plan.operatorType} db hits ${plan.dbHits} rows ${plan.rows}${details}`,
    ...plan.children.flatMap((child) => planLines(child, depth + 1)),
  ];
}

/**
 * The round trips of the request with the median time, profiled again: their db hits and rows, and that time.
 * `times[i]` is request i's time and `trips[i]` what it sent.
 */
export async function profileMedian(
  db: Database,
  times: readonly number[],
  trips: readonly Recorded[][],
): Promise<{ queries: Recorded[]; hits: number; rows: number; time: number; plans: string[][] }> {
  const order = times.map((t, i) => [t, i] as const).sort((a, b) => a[0] - b[0]);
  const mid = order[Math.floor((order.length - 1) / 2)];
  const queries = mid ? trips[mid[1]]! : [];
  let hits = 0;
  let rows = 0;
  const plans: string[][] = [];
  for (const q of queries) {
    const profiled = await db.read((tx) => tx.run(`PROFILE ${q.query}`, q.params));
    hits += dbHits(profiled.summary.profile || null);
    rows += profiled.records.length;
    if (profiled.summary.profile) plans.push(planLines(profiled.summary.profile));
  }
  return { queries, hits, rows, time: mid ? mid[0] : NaN, plans };
}
