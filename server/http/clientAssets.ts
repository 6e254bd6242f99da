import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response } from 'express';

/** Vite names every file under assets/ by its content hash: a new release is a new name, so browsers may keep them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const PRECOMPRESSED = /\.(js|css|html|svg)$/;
const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const;

/**
 * The built console: assets/ as the build's pre-compressed .br/.gz when the browser takes them (the build wrote
 * them once at quality 11, nothing is compressed per request), and index.html for every other path, never cached
 * without asking, so a release reaches the next page load.
 */
export function clientAssets(clientDir: string) {
  const root = path.resolve(clientDir);
  const index = path.join(root, 'index.html');
  const router = express.Router();

  router.get(/^\/assets\//, (req, res, next) => {
    res.vary('Accept-Encoding');
    if (!PRECOMPRESSED.test(req.path)) return next();
    let file: string;
    try {
      file = path.join(root, path.normalize(decodeURIComponent(req.path)));
    } catch {
      return next(); // a malformed escape: express.static answers it
    }
    if (!file.startsWith(root + path.sep)) return next();
    // Ours, not the browser's order: browsers list gzip first, and brotli is the smaller file.
    const encoding = ENCODINGS.find((e) => req.acceptsEncodings(e.name) && fs.existsSync(file + e.ext));
    if (!encoding) return next();
    res.type(path.extname(file));
    res.set({ 'Content-Encoding': encoding.name, 'Cache-Control': IMMUTABLE });
    res.sendFile(file + encoding.ext, { cacheControl: false }, (err) => err && next(err));
  });
  router.use(
    express.static(root, {
      index: false,
      setHeaders: (res, file) =>
        res.setHeader('Cache-Control', path.dirname(file) === path.join(root, 'assets') ? IMMUTABLE : 'no-cache'),
    }),
  );
  // react-admin uses hash routes, but any deep link still gets the console.
  router.get(/^(?!\/api\/).*/, (_req: Request, res: Response) =>
    res.set('Cache-Control', 'no-cache').sendFile(index, { cacheControl: false }),
  );
  return router;
}
