import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { SeedContext } from './context';
import { seedUploadDir } from './context';
import { attachmentField } from '../../server/modules/title-applications/title-applications.attachments';
import { captionedPdf } from './samples';

/**
 * 附件材料 as real files: each entry of the latest 附件材料 revision of the applications waiting for
 * review (待审) gets a stored PDF and names it by `fileId`, as the public hall does after uploading it
 * (`POST /api/intake/title-applications/attachments`). The others keep names only: their reviewers are
 * done with them, and the demo stays a few thousand files, not twelve.
 */
export function seedTitleAttachments(ctx: SeedContext) {
  const client = ctx.db.$client;
  const latest = client
    .prepare(
      `SELECT v.id, v.application_id AS applicationId, v.content, v.created_at AS createdAt
         FROM title_module_versions v JOIN title_applications a ON a.id = v.application_id
        WHERE v.module = 'attachments' AND a.status = 'pending'
          AND v.revision = (SELECT max(revision) FROM title_module_versions w
                             WHERE w.application_id = v.application_id AND w.module = 'attachments')
        ORDER BY v.id`,
    )
    .all() as { id: number; applicationId: number; content: string; createdAt: string }[];
  const uploadDir = seedUploadDir(ctx.db);
  fs.mkdirSync(uploadDir, { recursive: true });
  const insertFile = client.prepare(
    `INSERT INTO files (storage_name, original_name, mime, size, sha256, owner_type, owner_id, field, uploaded_by, created_at)
     VALUES (?, ?, 'application/pdf', ?, ?, 'title-applications', ?, ?, NULL, ?) RETURNING id`,
  );
  const updateContent = client.prepare('UPDATE title_module_versions SET content = ? WHERE id = ?');
  // One captioned page per kind of material: the same bytes under many names, as scans of one form would be.
  const pdfs = new Map<string, { buffer: Buffer; sha256: string }>();
  let count = 0;
  for (const v of latest) {
    const content = JSON.parse(v.content) as { entries?: { name: string; fileId?: number }[] };
    for (const [i, e] of (content.entries ?? []).entries()) {
      if (!pdfs.has(e.name)) {
        const buffer = captionedPdf(`ATTACHMENT ${pdfs.size + 1}`);
        pdfs.set(e.name, { buffer, sha256: crypto.createHash('sha256').update(buffer).digest('hex') });
      }
      const pdf = pdfs.get(e.name)!;
      const storageName = `${crypto.randomUUID()}.pdf`;
      fs.writeFileSync(path.join(uploadDir, storageName), pdf.buffer);
      const { id } = insertFile.get(
        storageName,
        e.name,
        pdf.buffer.length,
        pdf.sha256,
        v.applicationId,
        attachmentField(e.name),
        v.createdAt,
      ) as {
        id: number;
      };
      content.entries![i] = { ...e, fileId: id };
      count++;
    }
    updateContent.run(JSON.stringify(content), v.id);
  }
  const stored = ctx.db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM files WHERE owner_type = 'title-applications'`,
  );
  ctx.log(`职称附件材料 ${count} 份（${latest.length} 件在审申报，共 ${stored.n} 个文件）`);
}
