import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Extension pages run only their own bundled code: no remote or inline scripts, no eval. */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'";

const HTML_READER_DEPS =
  /[\\/]node_modules[\\/](cheerio|cheerio-select|parse5|htmlparser2|domutils|domhandler|dom-serializer|css-select|css-what|nth-check|boolbase|entities|encoding-sniffer|whatwg-mimetype|undici|iconv-lite)[\\/]/;

export default defineConfig({
  srcDir: '.',
  outDir: 'dist',
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting', 'storage'],
    // Asked for one origin at a time, only when the user audits a report file linked from another
    // site's page (src/popup/AttachmentOffer.tsx); never granted up front.
    ...(manifestVersion === 3 && browser !== 'firefox' ? { optional_host_permissions: ['*://*/*'] } : { optional_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    content_security_policy:
      manifestVersion === 2 ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'govreport-audit@example.org',
              strict_min_version: '115.0',
              // Nothing leaves the browser (design.md "Offline and private").
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // The sources zip is for store reviewers to rebuild from: test pages and screenshots are not needed.
  zip: { excludeSources: ['test-results/**', 'tests/fixtures/**'] },
  hooks: {
    // WXT copies the popup's <title> into the action title; the toolbar tooltip should be localised.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const action of [manifest.action, manifest.browser_action]) {
        if (action) action.default_title = '__MSG_actionTitle__';
      }
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: {
      rollupOptions: {
        // The popup imports the core's audit half only, but the core's entry module also imports
        // the HTML reader; telling the bundler cheerio and its parsers have no import-time side
        // effects keeps them (~60 kB) out of the popup. The content script still gets them by use.
        treeshake: { moduleSideEffects: (id: string) => !HTML_READER_DEPS.test(id) },
      },
    },
  }),
});
