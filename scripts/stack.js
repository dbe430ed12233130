// Starts the whole of Wayfarer as separate processes (each subgraph, then the gateway) and
// waits until every one is ready. Used by `npm start` and by the browser tests.
const { spawn } = require('node:child_process');
const { join, resolve } = require('node:path');
const { loadOrCreateSecrets } = require('./secrets');

const ROOT = resolve(__dirname, '..');
const { GATEWAY, SUBGRAPHS, envSuffix } = require(join(ROOT, 'registry/dist'));

// A child killed by a signal has no exit code, only a signal code; waiting for its 'exit' again would never end.
const hasExited = (child) => child.exitCode !== null || child.signalCode !== null;

async function waitUntilReady(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(child)) throw new Error(`${url} exited (${child.exitCode ?? child.signalCode}) before it was ready`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms`);
}

function launch(name, main, env, output) {
  const child = spawn(process.execPath, [join(ROOT, main)], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(output, { end: false });
  child.stderr.pipe(output, { end: false });
  return child;
}

/**
 * @param {{ dataDir?: string, port?: number, demo?: boolean, env?: Record<string,string>, databaseUrls?: Record<string,string>, output?: NodeJS.WritableStream }} options
 */
async function startStack(options = {}) {
  const dataDir = resolve(options.dataDir ?? join(ROOT, '.data'));
  const port = options.port ?? 4000;
  const output = options.output ?? process.stdout;
  const secrets = loadOrCreateSecrets(dataDir);
  const gatewayUrl = `http://127.0.0.1:${port}/graphql`;
  const children = [];
  const stop = async () => {
    await Promise.all(
      [...children].reverse().map(
        (child) =>
          new Promise((done) => {
            if (hasExited(child)) return done();
            child.once('exit', done);
            child.kill('SIGTERM');
          }),
      ),
    );
  };
  try {
    const subgraphUrls = {};
    for (const service of SUBGRAPHS) {
      const servicePort = port + service.portOffset;
      const env = {
        PORT: String(servicePort),
        DATA_DIR: dataDir,
        GATEWAY_URL: gatewayUrl,
        DEMO: String(options.demo ?? true),
        DATABASE_URL: options.databaseUrls?.[service.name] ?? '',
        ...Object.fromEntries(service.secrets.map((name) => [name, secrets[name]])),
        ...options.env,
      };
      const child = launch(service.name, `subgraphs/${service.name}/dist/main.js`, env, output);
      children.push(child);
      subgraphUrls[`SUBGRAPH_URL_${envSuffix(service.name)}`] = `http://127.0.0.1:${servicePort}/graphql`;
      await waitUntilReady(`http://127.0.0.1:${servicePort}/health/ready`, child, 60_000);
    }
    const gateway = launch(
      'gateway',
      'gateway/dist/main.js',
      {
        PORT: String(port),
        ...Object.fromEntries(GATEWAY.secrets.map((name) => [name, secrets[name]])),
        ...subgraphUrls,
        ...options.env,
      },
      output,
    );
    children.push(gateway);
    await waitUntilReady(`http://127.0.0.1:${port}/health/ready`, gateway, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  const pids = Object.fromEntries(children.map((child, index) => [index < SUBGRAPHS.length ? SUBGRAPHS[index].name : 'gateway', child.pid]));
  return { url: `http://127.0.0.1:${port}`, pids, secrets, stop };
}

module.exports = { startStack };
