/**
 * The embedded default: a Neo4j Community DBMS started from tools/neo4j (a Maven project), so
 * that `npm start` and `npm test` need no Neo4j installation, only a JDK and Maven.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'tools', 'neo4j');
const CLASSES_DIR = path.join(LAUNCHER_DIR, 'target', 'classes');
const CLASSPATH_FILE = path.join(LAUNCHER_DIR, 'classpath.txt');
/** The launcher class as a jar: the JVM archives classes from jars only, not from class directories. */
const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target', 'qawl-launcher.jar');
/**
 * The classes a Neo4j start loads, parsed and verified once (a JVM dynamic class-data-sharing
 * archive, written by a training start after each build): later starts map it instead of
 * loading some 10,000 classes from the jars, a quarter less CPU per start.
 */
const CLASS_ARCHIVE = path.join(LAUNCHER_DIR, 'target', 'qawl-neo4j.jsa');
/**
 * Written when the training start failed: the archive is tried once per build, not by every
 * later start (each try is a Neo4j start of its own, and test files start Neo4j in parallel).
 */
const CLASS_ARCHIVE_FAILED = `${CLASS_ARCHIVE}.failed`;
/*
 * Maven leaves Main.class and classpath.txt untouched when they are up to date, so their
 * mtimes cannot say whether a build followed the last edit: a stamp written after each
 * successful build does.
 */
const BUILD_STAMP = path.join(LAUNCHER_DIR, 'target', 'qawl-launcher.stamp');
const LAUNCHER_SOURCES = [path.join(LAUNCHER_DIR, 'pom.xml'), path.join(LAUNCHER_DIR, 'src', 'main', 'java', 'qawl', 'Main.java')];
const READY_PREFIX = 'QAWL-NEO4J READY';
/** Written into the data directory while a local Neo4j runs there, so other commands can reuse it. */
export const RUNTIME_FILE = 'qawl-neo4j.json';

export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

const NO_LOCAL_NEO4J_HINT =
  'install JDK 17+ and Maven, or set NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD) to use an existing Neo4j, or use `docker compose up`';

type Log = (line: string) => void;

function commandWorks(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

function javaMajorVersion(): number | null {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  if (!match) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

function launcherIsBuilt(): boolean {
  if (![LAUNCHER_JAR, CLASSPATH_FILE, BUILD_STAMP].every((file) => fs.existsSync(file))) return false;
  const builtAt = fs.statSync(BUILD_STAMP).mtimeMs;
  return LAUNCHER_SOURCES.every((file) => fs.statSync(file).mtimeMs <= builtAt);
}

/**
 * Compiles the launcher and resolves its classpath once; later starts run `java -cp` directly,
 * which is much faster than `mvn exec:java` each time.
 */
export function ensureLauncherBuilt(log: Log = (line) => process.stderr.write(`${line}\n`)): void {
  const java = javaMajorVersion();
  if (java === null) throw new LocalNeo4jError(`Java was not found on PATH: ${NO_LOCAL_NEO4J_HINT}.`);
  if (java < 17) throw new LocalNeo4jError(`Java ${java} found, Neo4j 5 needs 17 or newer: ${NO_LOCAL_NEO4J_HINT}.`);
  if (launcherIsBuilt()) {
    if (!fs.existsSync(CLASS_ARCHIVE) && !fs.existsSync(CLASS_ARCHIVE_FAILED)) writeClassArchive(log);
    return;
  }
  if (!commandWorks('mvn', ['-v'])) {
    throw new LocalNeo4jError(`Maven (mvn) was not found on PATH, and it is needed once to fetch Neo4j: ${NO_LOCAL_NEO4J_HINT}.`);
  }
  log(
    'qawl: building the local Neo4j launcher with Maven. The first run downloads about 400 MB from Maven Central and can take several minutes; later starts reuse it.',
  );
  const result = spawnSync('mvn', ['-q', '-B', 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`], {
    cwd: LAUNCHER_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      `Maven could not build tools/neo4j (exit ${result.status ?? result.error?.message}); see the output above, or ${NO_LOCAL_NEO4J_HINT}.`,
    );
  }
  fs.rmSync(LAUNCHER_JAR, { force: true });
  const jar = spawnSync('jar', ['--create', '--file', LAUNCHER_JAR, '-C', CLASSES_DIR, '.'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (jar.error || jar.status !== 0) {
    throw new LocalNeo4jError(`could not package the launcher with the JDK's jar tool (exit ${jar.status ?? jar.error?.message}).`);
  }
  fs.writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
  fs.rmSync(CLASS_ARCHIVE, { force: true });
  fs.rmSync(CLASS_ARCHIVE_FAILED, { force: true });
  writeClassArchive(log);
  log('qawl: local Neo4j launcher ready.');
}

/**
 * The launcher and Neo4j's jars. Maven's classpath also lists a .pom (a BOM), which loads no
 * class, but the JVM leaves it out of the class path it records in the class archive, and a
 * recorded path that differs from the one in use makes the JVM ignore the archive.
 */
function launcherClasspath(): string {
  const jars = fs
    .readFileSync(CLASSPATH_FILE, 'utf8')
    .trim()
    .split(path.delimiter)
    .filter((entry) => entry.endsWith('.jar'));
  return [LAUNCHER_JAR, ...jars].join(path.delimiter);
}

/** JVM options every start shares (the class archive aside). */
const JVM_OPTIONS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dfile.encoding=UTF-8',
];

/**
 * One start of Neo4j in a scratch directory that runs a query and exits, recording the classes
 * it loaded in CLASS_ARCHIVE. Without the archive every start still works, only slower, so a
 * failure here is logged, not thrown.
 */
function writeClassArchive(log: Log): void {
  const scratch = fs.mkdtempSync(path.join(LAUNCHER_DIR, 'target', 'training-'));
  const written = `${CLASS_ARCHIVE}.${process.pid}.tmp`;
  try {
    const result = spawnSync(
      'java',
      [
        '-Xmx256m',
        `-XX:ArchiveClassesAtExit=${written}`,
        ...JVM_OPTIONS,
        '-cp',
        launcherClasspath(),
        'qawl.Main',
        path.join(scratch, 'data'),
        '0',
        '16',
      ],
      { cwd: scratch, env: { ...process.env, QAWL_NEO4J_TRAINING_RUN: '1' }, encoding: 'utf8', timeout: 600_000 },
    );
    if (result.status === 0 && fs.existsSync(written)) fs.renameSync(written, CLASS_ARCHIVE);
    else {
      fs.writeFileSync(CLASS_ARCHIVE_FAILED, `${new Date().toISOString()} exit ${result.status ?? result.error?.message}\n`);
      log(`qawl: could not write the Neo4j class archive (exit ${result.status ?? result.error?.message}); starts will be slower.`);
    }
  } finally {
    fs.rmSync(written, { force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface LocalNeo4jOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  heapMb?: number;
  pageCacheMb?: number;
  startTimeoutMs?: number;
  /**
   * For a Neo4j that lives for a few queries (a test's own): the JIT compiles with its quick tier
   * only and one GC thread collects, which cuts the CPU of the start. A long-lived server wants the
   * optimizing compiler, so this is off by default.
   */
  shortLived?: boolean;
  log?: Log;
}

export interface RuntimeInfo {
  uri: string;
  port: number;
  pid: number;
}

/** A running local Neo4j; `stop()` shuts it down cleanly (SIGTERM, then SIGKILL after a grace period). */
export class LocalNeo4j {
  private exited: Promise<void>;

  private constructor(
    readonly uri: string,
    readonly port: number,
    readonly dataDir: string,
    private readonly child: ChildProcess,
  ) {
    this.exited = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    void this.exited.then(() => removeRuntimeFile(dataDir, child.pid));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  static async start(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
    const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
    ensureLauncherBuilt(log);
    const dataDir = path.resolve(options.dataDir);
    fs.mkdirSync(dataDir, { recursive: true });
    const port = options.port && options.port > 0 ? options.port : await freePort();
    const heapMb = options.heapMb ?? 768;
    const pageCacheMb = options.pageCacheMb ?? 128;
    const timeoutMs = options.startTimeoutMs ?? 180_000;
    const child = spawn(
      'java',
      [
        `-Xms${Math.min(256, heapMb)}m`,
        `-Xmx${heapMb}m`,
        // The parallel collector: a bulk load allocates quickly, and the serial collector's pauses
        // cost a fifth of load throughput on 2 cores (measured with bench/load.bench.ts).
        ...(options.shortLived ? ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'] : ['-XX:+UseParallelGC']),
        // A missing or outdated archive (a JDK update) is skipped by the JVM with a warning.
        ...(fs.existsSync(CLASS_ARCHIVE) ? [`-XX:SharedArchiveFile=${CLASS_ARCHIVE}`] : []),
        ...JVM_OPTIONS,
        '-cp',
        launcherClasspath(),
        'qawl.Main',
        dataDir,
        String(port),
        String(pageCacheMb),
      ],
      { cwd: dataDir, stdio: ['pipe', 'pipe', 'pipe'] },
    );

    const output: string[] = [];
    const remember = (chunk: Buffer) => {
      output.push(chunk.toString('utf8'));
      if (output.length > 200) output.shift();
    };
    child.stderr?.on('data', remember);
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new LocalNeo4jError(`local Neo4j did not become ready within ${timeoutMs} ms`)), timeoutMs);
        let buffered = '';
        child.stdout?.on('data', (chunk: Buffer) => {
          remember(chunk);
          buffered += chunk.toString('utf8');
          if (buffered.includes(READY_PREFIX)) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.once('error', (error) => {
          clearTimeout(timer);
          reject(new LocalNeo4jError(`could not start java: ${error.message}: ${NO_LOCAL_NEO4J_HINT}`));
        });
        child.once('exit', (code, signal) => {
          clearTimeout(timer);
          reject(
            new LocalNeo4jError(
              `local Neo4j exited before it was ready (code ${code}, signal ${signal}). Last output:\n${output.join('').slice(-4000)}`,
            ),
          );
        });
      });
    } catch (error) {
      if (child.exitCode === null) child.kill('SIGKILL');
      throw error;
    }
    child.stdout?.removeAllListeners('data');
    child.stdout?.resume();
    child.stderr?.removeAllListeners('data');
    child.stderr?.resume();
    const instance = new LocalNeo4j(`bolt://127.0.0.1:${port}`, port, dataDir, child);
    const info: RuntimeInfo = { uri: instance.uri, port, pid: child.pid ?? -1 };
    fs.writeFileSync(path.join(dataDir, RUNTIME_FILE), JSON.stringify(info));
    return instance;
  }

  /** Kills the process without a clean shutdown, as a crash would (for fault tests). */
  async kill(): Promise<void> {
    if (this.running) this.child.kill('SIGKILL');
    await this.exited;
  }

  async stop(graceMs = 30_000): Promise<void> {
    if (!this.running) return this.exited;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

function removeRuntimeFile(dataDir: string, pid: number | undefined): void {
  const file = path.join(dataDir, RUNTIME_FILE);
  try {
    const info = JSON.parse(fs.readFileSync(file, 'utf8')) as RuntimeInfo;
    if (info.pid === pid) fs.rmSync(file, { force: true });
  } catch {
    // no file, or someone else's: nothing to clean
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The local Neo4j another Qawl process (usually `npm start`) runs on this data directory, if any. */
export function runningLocalNeo4j(dataDir: string): RuntimeInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(path.join(dataDir, RUNTIME_FILE), 'utf8')) as RuntimeInfo;
    if (typeof info.uri === 'string' && Number.isInteger(info.pid) && processIsAlive(info.pid)) return info;
  } catch {
    // no running instance recorded
  }
  return null;
}
