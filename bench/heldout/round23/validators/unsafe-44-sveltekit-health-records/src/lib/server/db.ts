import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { env } from '$env/dynamic/private'

interface DB {
  health_records: {
    id: string
    patient_id: string
    visit_date: string
    diagnosis: string
    prescriptions: string
    clinician_notes: string
  }
}

export const db = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: env.DATABASE_URL }) }),
})
