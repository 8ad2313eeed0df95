#!/usr/bin/env node
/**
 * Bundles the command line (src/cli/main.ts) into dist/cli/, so `govreport-audit` starts without a
 * TypeScript compiler. Our own modules are bundled, and the ones main.ts loads with a dynamic import()
 * become chunks of their own, so `--help` does not load the core. npm packages stay external (loaded
 * from node_modules at run time, as any dependency) except the few every audit loads (INLINED), which
 * are bundled because resolving and compiling their hundred files is a large part of the start-up.
 *
 * `node scripts/build-cli.mjs` or `npm run build:cli`; run by `npm run build`, on install and, when
 * the bundle is missing or older than a source it was built from, by bin/govreport-audit.js.
 */
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));
export const outDir = fileURLToPath(new URL('../dist/cli/', import.meta.url));
/**
 * Our sources the bundle was built from, which the launcher compares with the bundle's time. Inlined
 * packages are not listed: they change only on install, which rebuilds.
 */
export const metaFile = `${outDir}meta.json`;

/** Packages every audit loads; any other package (the PDF, Word and spreadsheet readers…) stays external. */
const INLINED = new Set(['cheerio', 'domhandler', 'zod']);

const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** `packages: 'external'`, but for INLINED and what they import. */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path, importer }) => {
      if (/[\\/]node_modules[\\/]/.test(importer) || INLINED.has(packageName(path))) return undefined;
      return { path, external: true };
    });
  },
};

export async function buildCli({ quiet = false } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: { main: 'src/cli/main.ts' },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [externalPackages],
    // A bundled CommonJS dependency may require() a Node built-in: ESM output has no `require` of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    sourcemap: 'linked',
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
    // Chunks are named by content; the launcher only ever imports main.js.
    chunkNames: 'chunks/[name]-[hash]',
  });
  writeFileSync(
    metaFile,
    JSON.stringify({ inputs: Object.keys(result.metafile.inputs).filter((input) => !/(^|\/)node_modules\//.test(input)) }),
  );
  if (!quiet)
    console.log(`build-cli: ${Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js')).length} files in dist/cli/`);
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
}
