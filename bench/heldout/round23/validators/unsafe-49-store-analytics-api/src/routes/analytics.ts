import { Hono } from 'hono'
import { sql } from 'drizzle-orm'
import { db } from '../db'
import { requireStaff } from '../middleware/staff'

export const analytics = new Hono()

analytics.use('*', requireStaff)

analytics.get('/revenue', async (c) => {
  const interval = c.req.query('interval') ?? 'day'
  const metric = c.req.query('metric') ?? 'total_cents'
  const since = c.req.query('since') ?? '2024-01-01'

  const result = await db.execute(
    sql.raw(`
      select date_trunc('${interval}', created_at) as bucket, sum(${metric}) as value
      from orders
      where status = 'paid' and created_at >= '${since}'
      group by 1
      order by 1
    `)
  )

  return c.json(result.rows)
})
