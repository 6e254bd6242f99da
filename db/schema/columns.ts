import { integer, text } from 'drizzle-orm/sqlite-core';

// Column helpers shared by every area. Timestamps are ISO 8601 text (what the API returns),
// dates are YYYY-MM-DD text; both sort correctly as strings.
export const id = () => integer().primaryKey({ autoIncrement: true });
export const timestamp = () => text();
export const version = () => integer().notNull().default(1);
export const flag = () => integer({ mode: 'boolean' }).notNull().default(false);

export const createdUpdated = () => ({
  createdAt: timestamp().notNull(),
  updatedAt: timestamp().notNull(),
});
