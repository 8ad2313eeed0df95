import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Extension pages run only their own bundled code: no remote or inline scripts, no eval. */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'";

export default defineConfig({
  srcDir: '.',
  outDir: 'dist',
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting', 'storage'],
    // Asked for one site at a time, at the moment the user starts an audit that fetches from it where the
    // activeTab grant does not reach: a report list's batch audit (src/popup/batch/access.ts) or a linked
    // report file on another site (src/popup/AttachmentOffer.tsx). Never granted at install.
    ...(manifestVersion === 2
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    content_security_policy: manifestVersion === 2 ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'govreport-audit@example.org',
              strict_min_version: '115.0',
              // Nothing leaves the browser (docs/design.md "Offline and private").
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
  // The popup carries no HTML parser because it imports none: core/audit/audit.ts is the audit half
  // alone, and lint (eslint.config.js) refuses the HTML reader in src/popup and entrypoints/popup.
  vite: () => ({ plugins: [preact()] }),
});
