import { findChromium } from '../demo/browser.mjs';

// Fail the whole tier at once, with the fix, when there is no browser to drive.
export default function globalSetup() {
  findChromium();
}
