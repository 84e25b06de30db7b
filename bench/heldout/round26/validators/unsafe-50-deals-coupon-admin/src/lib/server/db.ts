import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { DATABASE_URL } from "$env/static/private";
import type { DB } from "./types";

export const db = new Kysely<DB>({
  dialect: new PostgresDialect({
    pool: new pg.Pool({ connectionString: DATABASE_URL }),
  }),
});
