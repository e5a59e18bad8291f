import fs from 'node:fs';
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that start processes of their own (a Neo4j of their own, `qawl serve`, the CLI, a
 * browser) take minutes where most files take seconds, and they wait on those processes rather
 * than on the CPU. Vitest's default order on a clean clone (no timing cache, as in CI) is by file
 * size, which put the shortest of them, the Neo4j-kill test, last: the whole run then waited for
 * it alone. Starting them first lets the quick files fill the other workers meanwhile. A boot
 * through test/support/own-neo4j.ts (`startOwnNeo4j(`) counts too: without it the kill test and
 * the launcher test were sorted among the quick files, and a loaded run waited for the kill test
 * alone for its last six minutes.
 */
const STARTS_OWN_PROCESS = /LocalNeo4j\.start\(|\bstartOwnNeo4j\(|\bspawn(Sync)?\(|executablePath/;

/**
 * The run's critical path, first of all: the kill test (two full Neo4j boots and some 600
 * article writes) took 209-321 s of runs that took 211-477 s in all. Among the files that start
 * processes, the order by size put it fourth, and it then queued for the boot lock behind the
 * other files' boots.
 */
const LONGEST = ['test/integration/faults-kill.test.ts'];

function startsOwnProcess(file: string): boolean {
  return STARTS_OWN_PROCESS.test(fs.readFileSync(file, 'utf8'));
}

function longestRank(file: string): number {
  const rank = LONGEST.findIndex((suffix) => file.endsWith(path.normalize(suffix)));
  return rank === -1 ? LONGEST.length : rank;
}

export default class OwnProcessesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const bySize = await super.sort(files);
    const first = bySize.filter((spec) => startsOwnProcess(spec.moduleId));
    // A stable sort: the rest of the own-process files keep their order.
    first.sort((a, b) => longestRank(a.moduleId) - longestRank(b.moduleId));
    return [...first, ...bySize.filter((spec) => !first.includes(spec))];
  }
}
