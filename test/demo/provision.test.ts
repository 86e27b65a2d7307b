import { planChromium } from './provision.mjs';

// Which browser `npm start` and `npm test` use, or what they install, from what the machine has.
const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux/chrome';
const machine = (overrides: Partial<Parameters<typeof planChromium>[0]> & { files?: string[] } = {}) => {
  const { files = [], ...facts } = overrides;
  return {
    chromePath: undefined,
    exists: (path: string) => files.includes(path),
    playwrightPath: PLAYWRIGHT,
    platform: 'linux',
    hasAptGet: true,
    isRoot: false,
    hasSudo: false,
    ...facts,
  };
};

describe('planChromium', () => {
  it('uses CHROME_PATH when it exists, before any other browser', () => {
    expect(planChromium(machine({ chromePath: '/opt/chromium/chrome', files: ['/opt/chromium/chrome', '/usr/bin/chromium'] }))).toEqual({ use: '/opt/chromium/chrome' });
  });

  it('stops with an error, installing nothing, when CHROME_PATH names no file', () => {
    expect(planChromium(machine({ chromePath: '/opt/nothing', isRoot: true }))).toEqual({ error: expect.stringContaining('/opt/nothing') });
  });

  it('uses the system Chromium, then chromium-browser, then Playwright\'s download', () => {
    expect(planChromium(machine({ files: ['/usr/bin/chromium', '/usr/bin/chromium-browser', PLAYWRIGHT] }))).toEqual({ use: '/usr/bin/chromium' });
    expect(planChromium(machine({ files: ['/usr/bin/chromium-browser', PLAYWRIGHT] }))).toEqual({ use: '/usr/bin/chromium-browser' });
    expect(planChromium(machine({ files: [PLAYWRIGHT] }))).toEqual({ use: PLAYWRIGHT });
  });

  it('with no browser, tries Playwright\'s download first, then apt-get as root', () => {
    expect(planChromium(machine({ isRoot: true }))).toEqual({ install: [{ kind: 'playwright' }, { kind: 'apt', sudo: false }] });
  });

  it('goes through sudo only when it needs no password', () => {
    expect(planChromium(machine({ hasSudo: true }))).toEqual({ install: [{ kind: 'playwright' }, { kind: 'apt', sudo: true }] });
    expect(planChromium(machine({ hasSudo: false }))).toEqual({ install: [{ kind: 'playwright' }] });
  });

  it('never tries apt-get where there is none, nor off Linux', () => {
    expect(planChromium(machine({ isRoot: true, hasAptGet: false }))).toEqual({ install: [{ kind: 'playwright' }] });
    expect(planChromium(machine({ isRoot: true, platform: 'darwin' }))).toEqual({ install: [{ kind: 'playwright' }] });
  });

  it('skips Playwright\'s download when Playwright cannot say where its browser goes', () => {
    expect(planChromium(machine({ isRoot: true, playwrightPath: null }))).toEqual({ install: [{ kind: 'apt', sudo: false }] });
  });
});
