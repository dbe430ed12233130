import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { IncomingMessage, ServerResponse } from 'node:http';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Vite names built assets `name-<hash>.ext`: their content never changes under the same name. */
const HASHED = /[-.][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** Copies the console build writes next to each text asset, best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

function accepted(header: string | undefined, encoding: string): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    const quality = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    return name.trim().toLowerCase() === encoding && (!quality || Number(quality.slice(2)) > 0);
  });
}

/**
 * The built console: its files as they are (or their precompressed copy when the browser takes
 * one), and `index.html` for every other path so client-side routes load.
 */
export function createConsoleHandler(distDir: string) {
  const root = resolve(distDir);

  const fileAt = async (path: string) => {
    const file = resolve(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return null;
    const info = await stat(file).catch(() => null);
    return info?.isFile() ? { file, size: info.size } : null;
  };

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://gateway').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const notFound = (message: string) => response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end(message);
    const asset = path.endsWith('/') ? null : await fileAt(path);
    // A missing script or stylesheet must not be answered with the HTML page.
    if (!asset && path.startsWith('/assets/')) return void notFound('Not found');
    const found = asset ?? (await fileAt('index.html'));
    if (!found) return void notFound('The console is not built (npm run build -w admin)');
    const isIndex = found.file === join(root, 'index.html');
    let sent = found;
    let encoding: string | undefined;
    for (const candidate of ENCODINGS) {
      if (!accepted(request.headers['accept-encoding'], candidate.name)) continue;
      const compressed = await fileAt(`${found.file.slice(root.length)}${candidate.suffix}`);
      if (!compressed) continue;
      sent = compressed;
      encoding = candidate.name;
      break;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': sent.size,
      'cache-control': !isIndex && HASHED.test(found.file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
      ...SECURITY_HEADERS,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(sent.file)
      .on('error', () => response.destroy())
      .pipe(response);
  };
}
