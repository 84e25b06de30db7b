import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { env } from '$env/dynamic/private'

interface DB {
  stock: { sku: string; name: string; quantity: number; bin: string; owner_id: string }
}

export const db = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: env.DATABASE_URL }) }),
})
