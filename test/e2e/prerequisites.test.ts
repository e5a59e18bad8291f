import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';

const CLI = path.join(PROJECT_ROOT, 'bin', 'qawl.js');
/**
 * A hang guard, not a speed check: each case is a new Node process importing the CLI, which a
 * loaded 2-core machine (or a slower CI one) can take most of a minute to do; at 60 s a slow start
 * would have shown as a null exit status, not as what it was.
 */
const CLI_GUARD_MS = 240_000;

describe('qawl on a machine without Java', () => {
  it('stops with an actionable message instead of a stack trace', () => {
    const emptyBin = fs.mkdtempSync(path.join(os.tmpdir(), 'qawl-nojava-'));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qawl-nojava-data-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, PATH: emptyBin, QAWL_DATA_DIR: dataDir };
      delete env.NEO4J_URI;
      const result = spawnSync(process.execPath, [CLI, 'load', path.join(PROJECT_ROOT, 'seeds')], {
        env,
        encoding: 'utf8',
        timeout: CLI_GUARD_MS,
      });
      expect(result.error, 'the CLI did not finish within its hang guard').toBeUndefined();
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('Java was not found');
      expect(result.stderr).toContain('install JDK 17+ and Maven, or set NEO4J_URI');
      expect(result.stderr).toContain('docker compose up');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      fs.rmSync(emptyBin, { recursive: true, force: true });
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('rejects an invalid setting with every problem listed', () => {
    const result = spawnSync(process.execPath, [CLI, 'serve'], {
      env: { ...process.env, PORT: 'eighty', QAWL_READ_AUTH: 'sometimes' },
      encoding: 'utf8',
      timeout: CLI_GUARD_MS,
    });
    expect(result.error, 'the CLI did not finish within its hang guard').toBeUndefined();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT=eighty must be an integer');
    expect(result.stderr).toContain('QAWL_READ_AUTH=sometimes must be one of open, required');
  });
});
