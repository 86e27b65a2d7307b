// The demo room server: a BigBlueButton-shaped room at /html5client (3.0 URL) and
// /html5client/join (2.x URL), bundled from test/demo/room/main.ts with esbuild on first request.
// Also /not-a-room.html (negative tests) and /fixtures/... (test/fixtures, static).
// And BigBlueButton's Learning Analytics Dashboard API (/bigbluebutton/api/learningDashboard),
// answering with the record the room page hands over (see test/demo/room/lad.ts).
// Binds to 127.0.0.1 only. `node test/demo/server.mjs` runs it alone (PORT, default 5173).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..', '..');
const fixturesDir = resolve(root, 'test/fixtures');

const ROOM_HTML = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>BigBlueButton</title>
<link rel="icon" href="data:,">
</head>
<body>
<script src="/html5client/room.js"></script>
</body>
</html>
`;

const NOT_A_ROOM_HTML = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Cahier de textes</title><link rel="icon" href="data:,"></head>
<body>
<h1>Cahier de textes — 4e B</h1>
<p>Pour lundi : exercices 3 et 4 page 42. Apporter la calculatrice.</p>
<p>This ordinary page is not a virtual classroom.</p>
</body>
</html>
`;

/**
 * GENERATED STRESS PAGE (/via/huge), not a real site: the Via-like room with `blocks` × 111
 * generated elements in its document area (1,000 blocks: ~111,000 elements), for the e2e that
 * checks a slow pack is switched off. Like a live class, a chat message arrives every 500 ms; the
 * page counts its own timer ticks (window.ticks, every 100 ms) to show whether it was frozen.
 */
function hugeViaHtml(blocksCount) {
  const block = (i) => `<div class="groupe">${Array.from({ length: 10 }, (_, j) => `<p class="ligne">${Array.from({ length: 10 }, (_, k) => `<span>${i}.${j}.${k}</span>`).join('')}</p>`).join('')}</div>`;
  const blocks = Array.from({ length: blocksCount }, (_, i) => block(i)).join('');
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Activité : page de charge générée</title><link rel="icon" href="data:,"></head>
<body>
<div class="layout">
  <aside class="colonne-gauche">
    <div class="fil"><div class="bulle"><b>Julie Tremblay</b><small>9:00</small><div>Bienvenue</div></div></div>
    <textarea placeholder="Écrire un message"></textarea><button>Envoyer</button>
  </aside>
  <main class="centre"><div class="document">${blocks}</div></main>
  <aside class="colonne-droite"><ul><li><span>Julie Tremblay</span></li><li><span>Marc Gagnon</span></li></ul></aside>
</div>
<script>
window.ticks = 0;
setInterval(() => window.ticks++, 100);
let n = 0;
setInterval(() => {
  const bubble = document.createElement('div');
  bubble.className = 'bulle';
  bubble.innerHTML = '<b>Marc Gagnon</b><small>9:01</small><div></div>';
  bubble.querySelector('div').textContent = 'Message ' + ++n;
  document.querySelector('.fil').append(bubble);
}, 500);
</script>
</body>
</html>
`;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.png': 'image/png' };

/** The room script, bundled once and kept in memory. */
let bundle;
function roomScript() {
  bundle ??= build({
    entryPoints: [resolve(root, 'test/demo/room/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    sourcemap: 'inline',
    logLevel: 'silent',
    // React (the 4.0 room) reads process.env.NODE_ENV: its production build, as BBB ships.
    define: { 'process.env.NODE_ENV': '"production"' },
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/**
 * GET /bigbluebutton/api/learningDashboard?sessionToken=…, answered as BBB's
 * ApiController.learningDashboard does (bigbluebutton-web/grails-app/controllers/org/
 * bigbluebutton/web/controllers/ApiController.groovy): JSON `{ response: { returncode, data |
 * message, sessionToken } }`, the record as a string in `data`.
 */
function learningDashboardAnswer(learningDashboards, url) {
  const sessionToken = url.searchParams.get('sessionToken') ?? '';
  const entry = learningDashboards.get(sessionToken);
  const failed = (message) => ({ response: { returncode: 'FAILED', message, sessionToken } });
  if (!entry) return failed('Invalid Session');
  if (entry.disabled) return failed('Learning Dashboard disabled for this meeting');
  return { response: { returncode: 'SUCCESS', data: entry.data, sessionToken } };
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `learningDashboards`: the Learning Analytics Dashboard records by session token, as the room
 * pages hand them over: `{ disabled }` or `{ disabled: false, data }` (data = the record's JSON text).
 */
async function handle(request, response, learningDashboards) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = url.pathname;
  const send = (status, type, body) => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };
  if (path === '/html5client' || path === '/html5client/' || path === '/html5client/join') return send(200, TYPES['.html'], ROOM_HTML);
  if (path === '/html5client/room.js') {
    try {
      return send(200, TYPES['.js'], await roomScript());
    } catch (error) {
      bundle = undefined;
      return send(500, 'text/plain', `bundle failed: ${error.message}`);
    }
  }
  if (path === '/bigbluebutton/api/learningDashboard' && request.method === 'GET') {
    return send(200, 'application/json', JSON.stringify(learningDashboardAnswer(learningDashboards, url), null, 2));
  }
  if (path === '/__demo/learning-dashboard' && request.method === 'PUT') {
    const entry = JSON.parse(await readBody(request));
    learningDashboards.set(url.searchParams.get('sessionToken') ?? '', { disabled: entry.disabled === true, data: String(entry.data ?? '') });
    return send(204, 'text/plain', '');
  }
  if (path === '/not-a-room.html') return send(200, TYPES['.html'], NOT_A_ROOM_HTML);
  // A room no built-in adapter knows (shaped like Via's public description): teach it with the picker.
  if (path === '/via/huge') return send(200, TYPES['.html'], hugeViaHtml(Math.min(Number(url.searchParams.get('blocks')) || 1000, 2000)));
  if (path === '/via/activite') return send(200, TYPES['.html'], await readFile(resolve(fixturesDir, 'via/room-like.fr.html')));
  if (path === '/') {
    response.writeHead(302, { location: '/html5client?sessionToken=demo-moderator' });
    return response.end();
  }
  if (path.startsWith('/fixtures/')) {
    const file = resolve(fixturesDir, decodeURIComponent(path.slice('/fixtures/'.length)));
    if (!file.startsWith(fixturesDir + sep)) return send(403, 'text/plain', 'forbidden');
    try {
      return send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      return send(404, 'text/plain', 'not found');
    }
  }
  return send(404, 'text/plain', 'not found');
}

/** Starts the server; resolves once it listens. `port: 0` picks a free port. */
export async function startDemoServer({ port = 0, host = '127.0.0.1' } = {}) {
  const learningDashboards = new Map();
  const server = createServer((request, response) => {
    handle(request, response, learningDashboards).catch((error) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const actualPort = server.address().port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startDemoServer({ port: Number(process.env.PORT ?? 5173) });
  console.log(`Demo room: ${server.url}/html5client?sessionToken=demo-moderator`);
  console.log(`  2.x URL shape: ${server.url}/html5client/join?sessionToken=demo-moderator&bbb=2.7`);
  console.log('  options: bbb=2.6|2.7|3.0|4.0 (panel=users lockTabs=guest-first) lang=fr|en sim=class|load|off seed=N handsList=panel drift=1');
}
