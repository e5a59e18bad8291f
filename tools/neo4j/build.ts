// Builds the embedded Neo4j launcher ahead of time (CI, Docker-less installs), exactly as the
// first `npm start` or `npm test` would.
import { ensureLauncherBuilt } from '../../src/db/local-neo4j.ts';

ensureLauncherBuilt();
