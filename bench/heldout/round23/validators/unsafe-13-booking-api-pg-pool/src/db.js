const { Pool } = require('pg')

const pool = new Pool({
  connectionString: 'postgresql://postgres.ljfcpdtsosfgmkzfstgp:vrDDOl6XM5EcIWpDtl93@aws-0-us-east-1.pooler.supabase.com:6543/postgres',
  max: 10,
  idleTimeoutMillis: 30_000,
})

pool.on('error', (err) => {
  console.error('pg pool error', err)
})

module.exports = { pool }
