import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-solid', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    action: { default_title: 'Moderato' },
    // sidePanel: the panel; scripting: the room script on origins the moderator enables.
    permissions: ['sidePanel', 'scripting'],
    // BigBlueButton runs on any host: each room origin is asked for, one by one, at run time.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Only the extension's own files run in its pages: no remote code, no eval.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'",
    },
  },
});
