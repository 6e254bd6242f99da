import { pipeline } from 'node:stream';
import { Router } from 'express';
import type { AppContext } from '../../context';
import { actorOf, authorize } from '../../http/authorize';
import { idParam } from '../../http/params';
import { isInlineViewable } from '../../files/kinds';
import { openFile } from './files.service';

/** Downloads go only through here: the caller must be allowed to see the record that owns the file. */
export function fileRoutes(ctx: AppContext) {
  const r = Router();
  // `/:id/<name>` is the same file: a viewer that titles a PDF by the last part of its address shows the name.
  r.get(['/:id', '/:id/:name'], authorize('files.read'), async (req, res) => {
    const download = req.query.download !== undefined;
    const { file, handle, name } = await openFile(ctx, actorOf(req), idParam(req), download);
    const disposition = isInlineViewable(file.mime) && !download ? 'inline' : 'attachment';
    res.set({
      'Content-Type': file.mime,
      'Content-Length': String(file.size),
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(name)}`,
      // Every stored file is personal (licences, ID photos, letters, reports naming applicants): never cached.
      'Cache-Control': 'no-store',
      // A PDF or image opened in a tab must not be able to run script against the console.
      'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    });
    // pipeline closes the file when the reviewer goes away mid-download.
    pipeline(handle.createReadStream(), res, () => {});
  });
  return r;
}
