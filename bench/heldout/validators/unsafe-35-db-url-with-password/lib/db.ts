import postgres from 'postgres'

const connectionString =
  process.env.DATABASE_URL ??
  'postgresql://postgres.qwhzkrtylbvmnbcaxopd:U9rIrGIcY2ahCYD3ta@aws-0-eu-central-1.pooler.supabase.com:6543/postgres'

export const sql = postgres(connectionString, { prepare: false })
