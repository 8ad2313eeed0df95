// The house rules as lint rules (README, "House rules"): what the core may import, which way the layers
// point, and no HTML or code sinks for page content. `npm run lint`; part of `npm test`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The core's stages, lowest first: each may import the ones before it, never one after it. */
const CORE_LAYERS = ['text', 'model', 'form', 'extract', 'recognise', 'claims', 'check', 'audit'];
/** The hosts and renderings above the core. */
const ABOVE_CORE = ['present', 'cli', 'popup', 'entrypoints'];

const importsOf = (folders) => folders.flatMap((folder) => [`**/${folder}/**`, `@/src/${folder}/**`, `@/${folder}/**`]);
const restrict = (folders, message) => ({ group: importsOf(folders), message });

/** Anything that is not plain computation: Node, the extension APIs, the UI framework, the run-time compiler. */
const HOST_MODULES = {
  group: [
    'node:*',
    'fs',
    'fs/*',
    'path',
    'url',
    'util',
    'os',
    'child_process',
    'buffer',
    'stream',
    'crypto',
    'wxt',
    'wxt/*',
    '#imports',
    'preact',
    'preact/*',
    'tsx',
    'tsx/*',
    'esbuild',
  ],
  message:
    'src/core runs unchanged in the content script, the popup, Node and the tests: no Node, browser-extension or UI module here (hand the host object in instead).',
};
const HOST_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'chrome',
  'browser',
  'fetch',
  'XMLHttpRequest',
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
  'global',
].map((name) => ({
  name,
  message: 'src/core has no browser or Node API: the host hands in what the core needs (e.g. the live document).',
}));

/** Page and file content is data: nothing may turn a string into markup or code. */
const HTML_SINKS = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'No innerHTML: build nodes, or let Preact render text.' },
  { selector: "AssignmentExpression > MemberExpression.left[property.name='outerHTML']", message: 'No outerHTML assignment.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'No document.write.' },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML'], Property[key.name='dangerouslySetInnerHTML']",
    message: 'No dangerouslySetInnerHTML.',
  },
];

const layerRule = (forbidden, extra = []) => ['error', { patterns: [...forbidden, ...extra] }];

export default tseslint.config(
  { ignores: ['dist/**', '.wxt/**', '.output/**', 'node_modules/**', 'test-results/**', 'tests/fixtures/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // TypeScript checks these better (tsc --noEmit runs before lint).
      'no-undef': 'off',
      // Parameters a callback's shape requires may go unused.
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Text readers match control characters on purpose (to strip them from names and labels).
      'no-control-regex': 'off',
      // Tests and scripts read JSON of known shape; `any` there is a choice, not an accident.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': ['error', ...HTML_SINKS],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  // The core: pure, and layered.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': layerRule([restrict(ABOVE_CORE, 'src/core never imports a host or a rendering.'), HOST_MODULES]),
      'no-restricted-globals': ['error', ...HOST_GLOBALS],
    },
  },
  ...CORE_LAYERS.map((layer, index) => ({
    files: [`src/core/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': layerRule([
        restrict(ABOVE_CORE, 'src/core never imports a host or a rendering.'),
        HOST_MODULES,
        ...(index + 1 < CORE_LAYERS.length
          ? [
              restrict(
                CORE_LAYERS.slice(index + 1),
                `src/core/${layer} comes before ${CORE_LAYERS.slice(index + 1).join(', ')} in the pipeline (${CORE_LAYERS.join(' ← ')}): it may not import them.`,
              ),
            ]
          : []),
      ]),
    },
  })),
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    // A test's thrown error carries the tool's output in its message; the original stack adds nothing.
    rules: { 'preserve-caught-error': 'off' },
  },
  {
    files: ['src/present/**/*.ts'],
    rules: {
      'no-restricted-imports': layerRule([
        restrict(['cli', 'popup', 'entrypoints'], 'src/present renders an AuditResult: it imports the core only.'),
        HOST_MODULES,
      ]),
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': layerRule([restrict(['popup', 'entrypoints'], 'The command line does not import the extension.')]) },
  },
  {
    files: ['src/popup/**/*.{ts,tsx}', 'entrypoints/popup/**/*.{ts,tsx}', 'entrypoints/check-doc/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layerRule([
        restrict(['cli'], 'The popup does not import the command line.'),
        // The page is read by the content script; the popup audits what it is handed (and reads pasted text).
        {
          group: [
            '**/core/audit/read',
            '**/core/audit/read-live',
            '**/core/extract/extract-html',
            '**/core/extract/extract-dom',
            '**/core/extract/live-dom',
            'cheerio',
            'cheerio/*',
            'domhandler',
            'htmlparser2',
            'parse5',
          ],
          message:
            'The popup carries no HTML reader (size budget): audit with core/audit/audit, read pasted text with core/audit/read-text.',
        },
      ]),
    },
  },
);
