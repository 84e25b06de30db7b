import type { FastifyInstance } from 'fastify'
import { Pool } from 'pg'

const pool = new Pool({ connectionString: process.env.DATABASE_URL })

function orderClause(sort: unknown): string {
  switch (sort) {
    case 'price_asc':
      return 'price_cents ASC, id ASC'
    case 'price_desc':
      return 'price_cents DESC, id ASC'
    case 'oldest':
      return 'created_at ASC, id ASC'
    default:
      return 'created_at DESC, id ASC'
  }
}

export default async function listings(app: FastifyInstance) {
  app.get<{ Querystring: { category?: string; sort?: string } }>('/listings', async (request) => {
    const { category = 'all', sort } = request.query
    const { rows } = await pool.query(
      `SELECT id, title, price_cents, city, created_at
         FROM listings
        WHERE status = 'active' AND ($1 = 'all' OR category = $1)
        ORDER BY ${orderClause(sort)}
        LIMIT 60`,
      [category]
    )
    return rows
  })
}
