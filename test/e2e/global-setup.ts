import { provisionChromium } from '../demo/provision.mjs';

// Before any test and outside their timeouts: find Chromium, or install it on a fresh machine, or
// fail the whole tier at once with what to do.
export default function globalSetup() {
  provisionChromium();
}
