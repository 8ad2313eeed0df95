import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  srcDir: '.',
  outDir: 'dist',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting'],
    action: { default_title: '__MSG_actionTitle__' },
    content_security_policy:
      browser === 'firefox'
        ? undefined
        : { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'govreport-audit@example.org', strict_min_version: '115.0' } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
