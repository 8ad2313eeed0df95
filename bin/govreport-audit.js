#!/usr/bin/env node
// Runs the TypeScript source through tsx, so the command always audits with the current code
// (no build step to forget). Registered before main is imported: a static import would be hoisted.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
