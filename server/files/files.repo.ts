import { eq } from 'drizzle-orm';
import { files } from '../../db/schema';
import type { Db } from '../../db/client';

export const findFile = (db: Db, id: number) => db.select().from(files).where(eq(files.id, id)).get();

export const isStored = (db: Db, storageName: string) =>
  !!db.select({ id: files.id }).from(files).where(eq(files.storageName, storageName)).get();

export const hasFileRows = (db: Db) => !!db.select({ id: files.id }).from(files).limit(1).get();
