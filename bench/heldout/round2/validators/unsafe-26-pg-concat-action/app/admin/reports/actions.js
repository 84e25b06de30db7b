'use server'

import { query } from '@/lib/db'
import { requireAdmin } from '@/lib/auth'

export async function exportSignups(formData) {
  await requireAdmin()

  const from = formData.get('from')
  const to = formData.get('to')
  const event = formData.get('event')

  const text =
    "SELECT s.name, s.email, s.shift, s.created_at FROM signups s " +
    "WHERE s.event_slug = '" + event + "' " +
    "AND s.created_at BETWEEN '" + from + "' AND '" + to + "' " +
    "ORDER BY s.created_at"

  const { rows } = await query(text)
  return rows
}
