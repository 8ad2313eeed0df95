#!/usr/bin/env node
// Runs the bundled command (dist/cli/main.js, built by scripts/build-cli.mjs on install and by
// `npm run build`). In a checkout the sources move under it: when the bundle is missing or older than
// a source it was built from, it is rebuilt first, so the command never audits with stale code.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const bundle = new URL('dist/cli/main.js', root);

/** A few dozen stat calls: the inputs esbuild recorded, against the bundle's time. */
function bundleIsCurrent() {
  let builtAt;
  try {
    builtAt = statSync(bundle).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(new URL('dist/cli/meta.json', root), 'utf8'));
    return inputs.every((input) => statSync(new URL(input, root), { throwIfNoEntry: false })?.mtimeMs <= builtAt);
  } catch {
    return false;
  }
}

if (!bundleIsCurrent()) {
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    await buildCli({ quiet: true });
  } catch (error) {
    process.stderr.write(
      `govreport-audit: the command is not built (dist/cli/main.js) and building it failed: ${error?.message ?? error}\n` +
        `Run 'npm install' (or 'npm run build:cli') in the project folder, then try again.\n`,
    );
    process.exit(2);
  }
}

const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
