// Main-thread and heap figures of a page through the DevTools protocol (Performance domain),
// the service worker's heap through a browser-level session, and sampling-profiler attribution.

export const MAIN_THREAD_METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

/** A CDP session on a page with the Performance domain on. */
export async function pageProbe(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' }).catch(() => cdp.send('Performance.enable'));
  return {
    cdp,
    /** Cumulative metrics, as a plain object (durations in seconds, sizes in bytes). */
    async metrics() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    },
    /** JSHeapUsedSize after a forced full garbage collection. */
    async heapAfterGc() {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    },
    detach: () => cdp.detach().catch(() => undefined),
  };
}

/** Main-thread seconds spent between two metric snapshots, turned into milliseconds. */
export function mainThreadDelta(before, after) {
  const delta = {};
  for (const name of MAIN_THREAD_METRICS) delta[name] = (after[name] - before[name]) * 1000;
  return delta;
}

/**
 * The extension's service worker, reached from a browser-level session (Playwright gives no page
 * session for workers). Runtime.getHeapUsage after HeapProfiler.collectGarbage: its JS heap.
 */
export async function serviceWorkerProbe(context, extensionId) {
  const browser = context.browser();
  if (!browser) return null;
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!worker) return null;
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  const pending = new Map();
  let nextId = 0;
  session.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  const call = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => reject(new Error(`${method}: no answer from the service worker`)), 10_000);
      pending.set(id, (message) => {
        clearTimeout(timer);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result);
      });
      session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  return {
    /** The worker's own protocol session, shaped like a page's (for the profiler). */
    cdp: { send: call },
    async heapAfterGc() {
      await call('HeapProfiler.collectGarbage');
      const { usedSize } = await call('Runtime.getHeapUsage');
      return usedSize;
    },
    detach: () => session.detach().catch(() => undefined),
  };
}

/** Starts the sampling profiler on a page (interval in microseconds). */
export async function startProfiler(cdp, intervalUs = 1000) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
}

/**
 * Stops the profiler and attributes its samples: a sample belongs to the extension when any frame
 * of its stack comes from a chrome-extension:// script. Wakeups: runs of consecutive extension
 * samples (one callback, timer or observer firing shows as one run). lastExtensionSampleMs: when
 * the last such sample fell, from the profile's start (null: none). top: the leaf frames of those
 * samples (self time); topInclusive: the extension functions on their stacks (total time).
 * byKind: the sampled time in ms of the extension, of the page's own scripts (and the native
 * calls they make), of the garbage collector, of '(program)' (the engine outside any script:
 * style, layout, painting…) and of idling. The extension's share of the page's busy time is
 * measured in one page over one period: the machine's speed at that moment cancels out.
 */
export async function stopProfiler(cdp, urlPrefix, topCount = 5) {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  const parent = new Map();
  const byId = new Map();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const inExtension = new Map();
  const belongs = (id) => {
    if (inExtension.has(id)) return inExtension.get(id);
    const node = byId.get(id);
    const own = node.callFrame.url.startsWith(urlPrefix);
    const result = own || (parent.has(id) ? belongs(parent.get(id)) : false);
    inExtension.set(id, result);
    return result;
  };
  let samples = 0;
  let extensionSamples = 0;
  let extensionUs = 0;
  let wakeups = 0;
  let previous = false;
  const deltas = profile.timeDeltas ?? [];
  const nameOf = (frame) => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
  /** Leaf frame of each extension sample (builtins such as querySelectorAll included). */
  const selfSamples = new Map();
  /** Every extension function on the stack of a sample, once per sample. */
  const inclusiveSamples = new Map();
  let elapsedUs = 0;
  let lastExtensionSampleMs = null;
  const SPECIAL = { '(garbage collector)': 'gc', '(program)': 'program', '(idle)': 'idle' };
  const byKindUs = { extension: 0, page: 0, gc: 0, program: 0, idle: 0 };
  profile.samples.forEach((id, index) => {
    samples++;
    elapsedUs += deltas[index] ?? 0;
    const mine = belongs(id);
    byKindUs[mine ? 'extension' : (SPECIAL[byId.get(id).callFrame.functionName] ?? 'page')] += deltas[index + 1] ?? 0;
    if (mine) {
      lastExtensionSampleMs = elapsedUs / 1000;
      extensionSamples++;
      extensionUs += deltas[index + 1] ?? 0;
      if (!previous) wakeups++;
      const leaf = nameOf(byId.get(id).callFrame);
      selfSamples.set(leaf, (selfSamples.get(leaf) ?? 0) + 1);
      const onStack = new Set();
      for (let node = id; node !== undefined; node = parent.get(node)) {
        const frame = byId.get(node).callFrame;
        if (frame.url.startsWith(urlPrefix)) onStack.add(nameOf(frame));
      }
      for (const name of onStack) inclusiveSamples.set(name, (inclusiveSamples.get(name) ?? 0) + 1);
    }
    previous = mine;
  });
  const ranked = (counts, n) => [...counts].sort((a, b) => b[1] - a[1]).slice(0, n).map(([fn, count]) => ({ function: fn, samples: count }));
  const top = ranked(selfSamples, topCount);
  const topInclusive = ranked(inclusiveSamples, topCount);
  const byKind = Object.fromEntries(Object.entries(byKindUs).map(([kind, us]) => [kind, us / 1000]));
  return { samples, extensionSamples, extensionMs: extensionUs / 1000, wakeups, lastExtensionSampleMs, top, topInclusive, byKind, durationMs: (profile.endTime - profile.startTime) / 1000 };
}

/** V8's own trace events for one collection, and what they are counted as. */
const GC_EVENTS = { MinorGC: 'minor', MajorGC: 'major', 'V8.GCIncrementalMarkingStart': 'marking', 'V8.GCIncrementalMarking': 'marking' };

/**
 * Garbage collections in each room over a period, from a browser-wide trace: how many minor and
 * major collections, and their main-thread time (ms). The trace itself costs both rooms some work,
 * so it is opt-in (BENCH_TRACE_GC=1). A room's renderer is told by the script URLs of its
 * FunctionCall events: the two rooms are served from different hosts.
 */
export async function startGcTrace(context) {
  const browser = context.browser();
  if (!browser) throw new Error('BENCH_TRACE_GC needs a browser-level CDP session, which this context does not give');
  const session = await browser.newBrowserCDPSession();
  // A whole round's timeline is large: only the collections, and the calls that tell the rooms apart, are kept.
  const events = [];
  session.on('Tracing.dataCollected', (chunk) => {
    for (const event of chunk.value) if (GC_EVENTS[event.name] || event.name === 'FunctionCall') events.push(event);
  });
  const complete = new Promise((done) => session.once('Tracing.tracingComplete', done));
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8'], recordMode: 'recordContinuously' },
    transferMode: 'ReportEvents',
  });
  return {
    /** `hosts`: name → host, e.g. { with: '127.0.0.1', without: '127.0.0.2' }. */
    async stop(hosts) {
      await session.send('Tracing.end');
      await complete;
      await session.detach().catch(() => undefined);
      const nameOfPid = new Map();
      for (const event of events) {
        const url = event.args?.data?.url;
        if (event.name !== 'FunctionCall' || typeof url !== 'string') continue;
        for (const [name, host] of Object.entries(hosts)) if (url.startsWith(`http://${host}:`)) nameOfPid.set(event.pid, name);
      }
      const counts = Object.fromEntries(Object.keys(hosts).map((name) => [name, { minor: 0, minorMs: 0, major: 0, majorMs: 0, markingMs: 0 }]));
      for (const event of events) {
        const kind = GC_EVENTS[event.name];
        const name = nameOfPid.get(event.pid);
        if (!kind || !name || event.ph !== 'X') continue;
        const ms = (event.dur ?? 0) / 1000;
        const room = counts[name];
        if (kind === 'marking') room.markingMs += ms;
        else {
          room[kind] += 1;
          room[`${kind}Ms`] += ms;
        }
      }
      return counts;
    },
  };
}
