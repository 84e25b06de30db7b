import { Hono } from 'hono'
import { sql } from 'kysely'
import { db } from '../db'

export const venues = new Hono()

venues.get('/', async (c) => {
  const city = c.req.query('city')
  const minCapacity = Number(c.req.query('min') ?? 0)

  let q = db
    .selectFrom('venues')
    .select(['id', 'name', 'city', 'capacity'])
    .where('capacity', '>=', minCapacity)

  if (city) {
    q = q.where(sql.raw<boolean>(`lower(city) = lower('${city}')`))
  }

  const rows = await q.orderBy('name').execute()
  return c.json(rows)
})
