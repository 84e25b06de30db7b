import { Kysely, PostgresDialect } from 'kysely'
import { Pool } from 'pg'

export interface Database {
  store_settings: {
    id: number
    announcement: string | null
    announcement_tone: 'info' | 'sale' | 'warning'
    announcement_visible: boolean
    updated_at: Date
  }
}

export const db = new Kysely<Database>({
  dialect: new PostgresDialect({
    pool: new Pool({ connectionString: process.env.DATABASE_URL, max: 5 }),
  }),
})
