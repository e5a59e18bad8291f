/**
 * Results of the read benchmark as JSON, a markdown table and a hand-written SVG chart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENDERS, type ContenderName } from '../operations/index.ts';

export interface RunResult {
  contender: ContenderName;
  connections: number;
  requests: number;
  reqPerSec: number;
  /** Latency percentiles in ms; null when no request completed. */
  p50: number | null;
  p99: number | null;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 2xx answers carrying GraphQL `errors` (or not JSON). */
  mismatches: number;
  /** Why this run counts as failed, or null. */
  failure: string | null;
  /** How it was measured when not as configured (an operation slower than the window). */
  note: string | null;
}

export interface OperationResult {
  graph: string;
  op: string;
  title: string;
  status: 'ok' | 'skipped' | 'failed';
  /** Skip reason, or what failed (a contender's error, answers that differ). */
  note: string | null;
  /** Contenders whose answer differed from Qawl's or that answered with an error. */
  failedContenders: ContenderName[];
  runs: RunResult[];
}

export interface BenchResults {
  date: string;
  commit: string;
  mode: 'quick' | 'full';
  machine: { cores: number; loadAverage: number[] };
  settings: {
    durationSeconds: number;
    warmupSeconds: number;
    connections: number[];
    heapMb: number;
    pageCacheMb: number;
    timeoutSeconds: number;
  };
  graphs: {
    name: string;
    articles: number;
    statements: number;
    actors: number;
    nodes: number;
    relationships: number;
    loadSeconds: number | null;
  }[];
  picks: Record<string, Record<string, string>>;
  startMs: Record<string, Record<string, number>>;
  operations: OperationResult[];
  geometricMean: { qawlVsNeo4jGraphql: number | null; qawlVsRaw: number | null; pairs: number; excluded: number };
}

const LABEL: Record<ContenderName, string> = { qawl: 'Qawl', 'neo4j-graphql': '@neo4j/graphql', raw: 'raw driver' };
const COLOR: Record<ContenderName, string> = { qawl: '#2b7bb9', 'neo4j-graphql': '#e8a33d', raw: '#7a7a7a' };

export function runOf(op: OperationResult, contender: ContenderName, connections: number): RunResult | undefined {
  return op.runs.find((r) => r.contender === contender && r.connections === connections);
}

/** Qawl's req/s over another contender's, when both passed the answer check and completed requests without failing. */
export function ratio(op: OperationResult, other: ContenderName, connections: number): number | null {
  // A failed operation still has a ratio between two contenders that both answered right.
  if (op.status === 'skipped') return null;
  const q = runOf(op, 'qawl', connections);
  const o = runOf(op, other, connections);
  if (!q || !o || q.failure || o.failure || q.reqPerSec <= 0 || o.reqPerSec <= 0) return null;
  return q.reqPerSec / o.reqPerSec;
}

export function geometricMean(
  ops: OperationResult[],
  other: ContenderName,
  connections: number[],
): { value: number | null; pairs: number; excluded: number } {
  const logs: number[] = [];
  let excluded = 0;
  for (const op of ops) {
    if (op.status === 'skipped') continue;
    for (const c of connections) {
      const r = ratio(op, other, c);
      if (r === null) excluded += 1;
      else logs.push(Math.log(r));
    }
  }
  return { value: logs.length ? Math.exp(logs.reduce((a, b) => a + b, 0) / logs.length) : null, pairs: logs.length, excluded };
}

const num = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? '–' : v.toFixed(digits));
const fmtRatio = (v: number | null) => (v === null ? '–' : v < 0.1 ? v.toFixed(3) : v.toFixed(2));
const ms = (v: number | null | undefined) => (v === null || v === undefined ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(1));

function cell(run: RunResult | undefined): string {
  if (!run) return '–';
  if (run.failure) return `FAIL: ${run.failure}`;
  const problems = run.errors + run.timeouts + run.non2xx + run.mismatches;
  return `${num(run.reqPerSec)} · ${ms(run.p50)} / ${ms(run.p99)}${problems ? ` · ${problems} err` : ''}${run.note ? ' (slow†)' : ''}`;
}

export function markdown(results: BenchResults): string {
  const lines: string[] = [];
  lines.push(`# Read benchmark (${results.mode}) · ${results.date} · commit ${results.commit}`, '');
  lines.push(
    `${results.machine.cores} cores, load average at start ${results.machine.loadAverage.map((l) => l.toFixed(1)).join(' ')} · one Neo4j per graph, heap ${results.settings.heapMb} MB, page cache ${results.settings.pageCacheMb} MB, shared by all contenders · autocannon ${results.settings.durationSeconds} s per contender per connection count after a ${results.settings.warmupSeconds} s warm-up, contenders alternated · request timeout ${results.settings.timeoutSeconds} s.`,
    '',
  );
  lines.push('| graph | articles | statements | actors | nodes | relationships | loaded in |', '|---|---|---|---|---|---|---|');
  for (const g of results.graphs)
    lines.push(
      `| ${g.name} | ${g.articles} | ${g.statements} | ${g.actors} | ${g.nodes} | ${g.relationships} | ${g.loadSeconds === null ? 'kept' : `${g.loadSeconds.toFixed(0)} s`} |`,
    );
  lines.push('');
  lines.push(
    `Picks (the values asked about, chosen from each graph): ${Object.entries(results.picks)
      .map(
        ([g, p]) =>
          `${g}: ${Object.entries(p)
            .map(([k, v]) => `${k} \`${v}\``)
            .join(', ')}`,
      )
      .join('; ')}.`,
    '',
  );
  lines.push(
    `Server start, spawn to listening (Neo4j already up; Qawl compiled, node bin/qawl.js serve, migrations included; the other two through tsx), ms: ${Object.entries(
      results.startMs,
    )
      .map(([g, s]) => `${g}: ${CONTENDERS.map((c) => `${LABEL[c]} ${s[c] ?? '–'}`).join(', ')}`)
      .join('; ')}.`,
    '',
  );
  lines.push(
    "Cells: requests/s · p50 / p99 latency in ms (· errors, timeouts, non-2xx and GraphQL errors). Ratios are Qawl req/s over the other's. † no request completed within the window, so one request per connection was timed instead.",
    '',
  );
  for (const graph of results.graphs) {
    lines.push(`## ${graph.name} articles`, '');
    lines.push(`| operation | conn | ${CONTENDERS.map((c) => LABEL[c]).join(' | ')} | Qawl/@neo4j/graphql | Qawl/raw | |`);
    lines.push(`|---|---|${CONTENDERS.map(() => '---').join('|')}|---|---|---|`);
    for (const op of results.operations.filter((o) => o.graph === graph.name)) {
      if (op.status === 'skipped') {
        lines.push(`| ${op.title} | | ${CONTENDERS.map(() => '').join(' | ')} | | | skipped: ${op.note} |`);
        continue;
      }
      for (const c of results.settings.connections) {
        const note = op.status === 'failed' ? `FAILED: ${op.note}` : '';
        lines.push(
          `| ${op.title} | ${c} | ${CONTENDERS.map((k) => cell(runOf(op, k, c))).join(' | ')} | ${fmtRatio(ratio(op, 'neo4j-graphql', c))} | ${fmtRatio(ratio(op, 'raw', c))} | ${note.replace(/\|/g, '\\|').slice(0, 300)} |`,
        );
      }
    }
    lines.push('');
  }
  if (results.graphs.length > 1) {
    lines.push('## p50 at each graph size (1 connection, ms)', '');
    lines.push(`| operation | contender | ${results.graphs.map((g) => g.name).join(' | ')} | growth |`);
    lines.push(`|---|---|${results.graphs.map(() => '---').join('|')}|---|`);
    const opNames = [...new Set(results.operations.map((o) => o.op))];
    for (const name of opNames) {
      for (const k of CONTENDERS) {
        const p50s = results.graphs.map((g) => {
          const op = results.operations.find((o) => o.op === name && o.graph === g.name);
          const run = op && op.status !== 'skipped' ? runOf(op, k, 1) : undefined;
          return run && !run.failure ? run.p50 : null;
        });
        const first = p50s[0];
        const last = p50s.at(-1);
        const title = results.operations.find((o) => o.op === name)!.title;
        lines.push(`| ${title} | ${LABEL[k]} | ${p50s.map(ms).join(' | ')} | ${first && last ? `${(last / first).toFixed(2)}×` : '–'} |`);
      }
    }
    lines.push('');
  }
  const gm = results.geometricMean;
  lines.push(
    `Geometric mean over ${gm.pairs} (graph, operation, connections) pairs where both completed requests (${gm.excluded} left out: a failure or a skipped contender): Qawl/@neo4j/graphql req/s **${num(gm.qawlVsNeo4jGraphql, 2)}**, Qawl/raw **${num(gm.qawlVsRaw, 2)}**.`,
    '',
  );
  return `${lines.join('\n')}\n`;
}

/**
 * One panel per graph: requests/s at one connection, a bar per contender per operation, on a
 * log scale (the contenders differ by orders of magnitude). Failed runs are drawn as a red ✗.
 */
export function svg(results: BenchResults): string {
  const ops = [...new Set(results.operations.filter((o) => o.status !== 'skipped').map((o) => o.op))];
  const titles = new Map(results.operations.map((o) => [o.op, o.title]));
  const barWidth = 14;
  const groupWidth = barWidth * CONTENDERS.length + 18;
  const panelHeight = 220;
  const left = 60;
  const top = 50;
  const labelSpace = 110;
  const width = left + Math.max(1, ops.length) * groupWidth + 40;
  const height = top + results.graphs.length * (panelHeight + labelSpace) + 20;
  const all = results.operations
    .flatMap((o) => o.runs)
    .filter((r) => r.connections === 1 && !r.failure && r.reqPerSec > 0)
    .map((r) => r.reqPerSec);
  const maxLog = Math.ceil(Math.log10(Math.max(10, ...all)));
  const minLog = Math.min(-1, Math.floor(Math.log10(Math.min(1, ...all))));
  const y = (v: number) => panelHeight - ((Math.log10(v) - minLog) / (maxLog - minLog)) * panelHeight;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`);
  out.push(`<rect width="100%" height="100%" fill="white"/>`);
  out.push(
    `<text x="${left}" y="18" font-size="14" font-weight="bold">Requests/s at 1 connection (log scale), ${esc(results.mode)} run ${esc(results.date.slice(0, 16))}</text>`,
  );
  CONTENDERS.forEach((c, i) => {
    out.push(
      `<rect x="${left + i * 130}" y="28" width="10" height="10" fill="${COLOR[c]}"/><text x="${left + i * 130 + 14}" y="37">${esc(LABEL[c])}</text>`,
    );
  });
  results.graphs.forEach((graph, gi) => {
    const y0 = top + gi * (panelHeight + labelSpace);
    out.push(`<g transform="translate(0,${y0})">`);
    out.push(`<text x="4" y="-4" font-weight="bold">${esc(graph.name)} articles</text>`);
    for (let e = minLog; e <= maxLog; e++) {
      const yy = y(10 ** e);
      out.push(
        `<line x1="${left}" x2="${width - 20}" y1="${yy}" y2="${yy}" stroke="#ddd"/><text x="${left - 6}" y="${yy + 4}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)}</text>`,
      );
    }
    ops.forEach((name, oi) => {
      const op = results.operations.find((o) => o.op === name && o.graph === graph.name);
      const x0 = left + 10 + oi * groupWidth;
      CONTENDERS.forEach((c, ci) => {
        const run = op ? runOf(op, c, 1) : undefined;
        const x = x0 + ci * barWidth;
        if (!run || run.failure || run.reqPerSec <= 0) {
          out.push(`<text x="${x + barWidth / 2}" y="${panelHeight - 4}" text-anchor="middle" fill="#c00" font-weight="bold">✗</text>`);
          return;
        }
        const yy = y(run.reqPerSec);
        out.push(
          `<rect x="${x}" y="${yy}" width="${barWidth - 2}" height="${panelHeight - yy}" fill="${COLOR[c]}"><title>${esc(`${LABEL[c]} · ${titles.get(name)} · ${run.reqPerSec.toFixed(1)} req/s · p50 ${ms(run.p50)} ms`)}</title></rect>`,
        );
      });
      out.push(
        `<text transform="translate(${x0 + 4},${panelHeight + 10}) rotate(35)" font-size="10">${esc(titles.get(name) ?? name)}</text>`,
      );
    });
    out.push(`<line x1="${left}" x2="${width - 20}" y1="${panelHeight}" y2="${panelHeight}" stroke="#333"/>`);
    out.push('</g>');
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

export function writeResults(dir: string, results: BenchResults, name: string): { json: string; md: string; svg: string } {
  fs.mkdirSync(dir, { recursive: true });
  const base = `read-${name}`;
  const files = { json: path.join(dir, `${base}.json`), md: path.join(dir, `${base}.md`), svg: path.join(dir, `${base}.svg`) };
  fs.writeFileSync(files.json, `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(files.md, markdown(results));
  fs.writeFileSync(files.svg, svg(results));
  return files;
}

/** Renders the markdown and SVG again from a results JSON: `tsx bench/read/report.ts bench/results/read-quick.json`. */
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx bench/read/report.ts RESULTS.json');
  const results = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResults;
  const peer = geometricMean(results.operations, 'neo4j-graphql', results.settings.connections);
  const raw = geometricMean(results.operations, 'raw', results.settings.connections);
  results.geometricMean = { qawlVsNeo4jGraphql: peer.value, qawlVsRaw: raw.value, pairs: peer.pairs, excluded: peer.excluded };
  writeResults(
    path.dirname(file),
    results,
    path
      .basename(file)
      .replace(/^read-/, '')
      .replace(/\.json$/, ''),
  );
  process.stdout.write(`ratio qawl/raw req/s (geometric mean): ${raw.value?.toFixed(2) ?? 'n/a'}\n`);
  process.stdout.write(`ratio qawl/neo4j-graphql req/s (geometric mean): ${peer.value?.toFixed(2) ?? 'n/a'}\n`);
}
