import { browser } from 'wxt/browser';
import type { SiteAccess } from './RoomSites';

export const browserSiteAccess: SiteAccess = {
  granted: async () => (await browser.permissions.getAll()).origins ?? [],
  request: (pattern) => browser.permissions.request({ origins: [pattern] }),
  revoke: (pattern) => browser.permissions.remove({ origins: [pattern] }),
};
