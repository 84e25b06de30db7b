import { Hono } from 'hono'
import { sql } from '../db'
import { getUserFromRequest } from '../auth'

export const appointments = new Hono()

appointments.post('/:id', async (c) => {
  const id = c.req.param('id')
  const body = await c.req.json<{ action: 'cancel' | 'reschedule'; startsAt?: string }>()

  if (body.action === 'cancel') {
    const user = await getUserFromRequest(c)
    if (!user) return c.json({ error: 'unauthorized' }, 401)
    await sql`
      update appointments set status = 'cancelled'
      where id = ${id} and patient_id = ${user.id}
    `
    return c.json({ ok: true })
  }

  const startsAt = new Date(body.startsAt ?? '')
  if (Number.isNaN(startsAt.getTime())) return c.json({ error: 'bad date' }, 400)

  await sql`
    update appointments set starts_at = ${startsAt}, status = 'rescheduled'
    where id = ${id}
  `
  return c.json({ ok: true })
})
