import { configure } from '@solidjs/testing-library';

// Async UI assertions (waitFor, findBy…) get 5 s instead of 1 s: CI shares two cores with
// Chromium and the other tiers, and a slow tick is not a failure of the feature under test.
configure({ asyncUtilTimeout: 5_000 });
