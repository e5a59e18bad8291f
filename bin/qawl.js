#!/usr/bin/env node
// The CLI runs from TypeScript sources through tsx so a checkout works right after `npm ci`,
// with no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
