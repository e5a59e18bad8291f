import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';

/** The seed article `npm start` loads first; the test run loads it once (test/support/global-setup.ts). */
export const SEED_PATH = path.join(PROJECT_ROOT, 'seeds', 'biden-putin-cyberattacks.ar.txt');
