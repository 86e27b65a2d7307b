import { defineConfig } from 'wxt';

const ROOM_ORIGINS_ASKED_AT_RUN_TIME = ['https://*/*', 'http://*/*'];
const OVERLAY_FRAME_PAGE = 'overlay.html';
// Not a real domain (.invalid is reserved): the id only has to be unique and stable.
const FIREFOX_ADDON_ID = 'moderato@moderato.invalid';
// Web pages may frame only what is web-accessible (the overlay); other extension pages stay
// unframeable by them whatever this policy says.
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'self' https: http:";

// See https://wxt.dev/api/config.html. Chrome MV3 is the main target; Firefox gets MV2 with the
// side panel as its sidebar.
export default defineConfig({
  modules: ['@wxt-dev/module-solid', '@wxt-dev/webextension-polyfill'],
  // MODERATO_UNMINIFIED=1 (npm run bench:profile): the same production build, unminified and in
  // its own folder, so a CPU profile names the functions.
  ...(process.env.MODERATO_UNMINIFIED ? { outDir: '.output/unminified', vite: () => ({ build: { minify: false } }) } : {}),
  manifest: ({ manifestVersion, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    action: { default_title: 'Moderato' },
    // sidePanel: the panel (Chrome); scripting: the room script on origins the moderator enables;
    // storage: the overlay's position; alarms + notifications: the reminder before a planned class.
    permissions: [
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      'scripting',
      'storage',
      'alarms',
      'notifications',
    ],
    // BigBlueButton runs on any host: each room origin is asked for, one by one, at run time.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ROOM_ORIGINS_ASKED_AT_RUN_TIME }
      : { optional_permissions: ROOM_ORIGINS_ASKED_AT_RUN_TIME }),
    // The overlay's frame, laid over room pages by the room script. Chrome serves it only under a
    // URL that changes every session, so a page cannot probe for Moderato; Firefox's extension
    // URLs are already random per install.
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: [OVERLAY_FRAME_PAGE], matches: ROOM_ORIGINS_ASKED_AT_RUN_TIME, use_dynamic_url: true }]
        : [OVERLAY_FRAME_PAGE],
    // Only the extension's own files run in its pages: no remote code, no eval.
    content_security_policy: manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    // Firefox asks every new add-on for its id and for what it collects: nothing leaves the machine.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: FIREFOX_ADDON_ID, data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
