import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema files and applied by db/client.ts at start.
// Always generate with a readable name: npm run db:generate -- --name <what_changed>
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  casing: 'snake_case',
});
