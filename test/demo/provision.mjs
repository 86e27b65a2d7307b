// The Chromium that `npm start`, `npm test` and the benchmark drive: found on this machine, else
// installed, so a fresh clone needs only `npm ci` and the command. Never branded Google Chrome:
// it ignores --load-extension, so it could not load Moderato.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
/** A real download takes a minute or two; an unreachable host fails in seconds. */
const PLAYWRIGHT_INSTALL_TIMEOUT_MS = 10 * 60_000;

/**
 * What to do, from what this machine has (pure, so it is tested without installing anything).
 * `facts`: { chromePath (CHROME_PATH or undefined), exists(path), playwrightPath (where Playwright
 * keeps its Chromium, or null), platform, hasAptGet, isRoot, hasSudo }.
 * Returns { use: path } for a browser already here, { error } when CHROME_PATH names nothing,
 * else { install: steps } to try in order, each followed by a new look.
 */
export function planChromium(facts) {
  if (facts.chromePath) {
    return facts.exists(facts.chromePath) ? { use: facts.chromePath } : { error: `CHROME_PATH is ${facts.chromePath}, which does not exist.` };
  }
  for (const path of SYSTEM_CHROMIUM) if (facts.exists(path)) return { use: path };
  if (facts.playwrightPath && facts.exists(facts.playwrightPath)) return { use: facts.playwrightPath };
  const steps = [];
  if (facts.playwrightPath) steps.push({ kind: 'playwright' });
  if (facts.platform === 'linux' && facts.hasAptGet && (facts.isRoot || facts.hasSudo)) steps.push({ kind: 'apt', sudo: !facts.isRoot });
  return { install: steps };
}

function playwrightChromiumPath() {
  try {
    // Loaded here, not at the top: the planning above is unit-tested without Playwright.
    return require('@playwright/test').chromium.executablePath() || null;
  } catch {
    return null;
  }
}

function succeeds(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** This machine's facts; the ones that start a process are read only if the plan gets that far. */
function machineFacts() {
  const isRoot = process.getuid?.() === 0;
  return {
    chromePath: process.env.CHROME_PATH || undefined,
    exists: existsSync,
    playwrightPath: playwrightChromiumPath(),
    platform: process.platform,
    get hasAptGet() {
      return succeeds('sh', ['-c', 'command -v apt-get']);
    },
    isRoot,
    // -n: never prompt; a sudo that would ask for a password counts as none.
    get hasSudo() {
      return !isRoot && succeeds('sudo', ['-n', 'true']);
    },
  };
}

function runStep(step) {
  if (step.kind === 'playwright') {
    console.log('No Chromium found: downloading Playwright\'s Chromium (npx playwright install chromium) to load Moderato in.');
    const result = spawnSync(process.execPath, [require.resolve('@playwright/test/cli'), 'install', 'chromium'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: PLAYWRIGHT_INSTALL_TIMEOUT_MS,
      encoding: 'utf8',
    });
    if (result.status !== 0) console.log(`Playwright's download failed: ${firstError(`${result.stderr}\n${result.stdout}`) || result.error?.message || 'no reason given'}`);
    return;
  }
  console.log(`No Chromium found: installing the distribution's chromium package with apt-get${step.sudo ? ' (sudo)' : ''}, to load Moderato in.`);
  // sudo resets the environment, so the non-interactive setting goes through env.
  const aptGet = (...args) => {
    const [command, ...rest] = [...(step.sudo ? ['sudo', '-n'] : []), 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
    execFileSync(command, rest, { stdio: ['ignore', 'ignore', 'inherit'] });
  };
  try {
    aptGet('update', '-qq');
    aptGet('install', '-y', '-qq', 'chromium');
  } catch (error) {
    console.log(`apt-get failed: ${error.message.split('\n')[0]}`);
  }
}

const firstError = (text) => text.split('\n').find((line) => line.startsWith('Error')) ?? '';

/** The Chromium already on this machine, or null. Never installs. */
export function findChromium() {
  const plan = planChromium(machineFacts());
  if (plan.error) throw new Error(plan.error);
  return plan.use ?? null;
}

/**
 * The Chromium to drive, installing one first when the machine has none (see planChromium).
 * Throws with what to do when nothing could be found or installed.
 */
export function provisionChromium() {
  const plan = planChromium(machineFacts());
  if (plan.error) throw new Error(plan.error);
  if (plan.use) return plan.use;
  for (const step of plan.install) {
    runStep(step);
    const found = findChromium();
    if (found) {
      console.log(`Chromium: ${found}`);
      return found;
    }
  }
  throw new Error(
    [
      'No Chromium found, and none could be installed here.',
      'Install Chromium (Debian/Ubuntu: "sudo apt-get install -y chromium"), or point CHROME_PATH at a',
      'Chromium binary (not branded Chrome: it ignores --load-extension).',
    ].join('\n'),
  );
}
