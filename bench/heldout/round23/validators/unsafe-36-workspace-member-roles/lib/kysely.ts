import { Kysely, PostgresDialect } from 'kysely'
import { Pool } from 'pg'

interface Database {
  workspace_members: { workspace_id: string; user_id: string; role: string }
}

export const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
})
