import fs from 'node:fs';
import { Router } from 'express';
import type { AppContext } from '../../context';
import { notFound } from '../../domain/errors';
import { actorOf, authorize } from '../../http/authorize';
import { idParam } from '../../http/params';
import { canSeeRecord } from '../../http/recordAccess';
import { isInlineViewable } from '../../files/kinds';
import { storagePath } from '../../files/storage';
import { findFile } from '../../files/lookup';

/** Downloads go only through here: the caller must be allowed to see the record that owns the file. */
export function fileRoutes(ctx: AppContext) {
  const r = Router();
  r.get('/:id', authorize('files.read'), (req, res) => {
    const file = findFile(ctx, idParam(req));
    // Same answer for "no such file" and "not yours": the id space is not to be probed.
    if (!file || !canSeeRecord(ctx, actorOf(req), file.ownerType, file.ownerId)) throw notFound('文件不存在或您无权查看');
    const disposition = isInlineViewable(file.mime) && req.query.download === undefined ? 'inline' : 'attachment';
    res.set({
      'Content-Type': file.mime,
      'Content-Length': String(file.size),
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      // Every stored file is personal (licences, ID photos, letters, reports naming applicants): never cached.
      'Cache-Control': 'no-store',
      // A PDF or image opened in a tab must not be able to run script against the console.
      'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    });
    fs.createReadStream(storagePath(ctx, file.storageName))
      .on('error', () => {
        if (!res.headersSent) res.status(404).json({ message: '文件已丢失，请联系系统管理员' });
        else res.destroy();
      })
      .pipe(res);
  });
  return r;
}
