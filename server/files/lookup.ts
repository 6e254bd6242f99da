import { eq } from 'drizzle-orm';
import { files } from '../../db/schema';
import type { AppContext } from '../context';

export const findFile = (ctx: AppContext, id: number) => ctx.db.select().from(files).where(eq(files.id, id)).get();
