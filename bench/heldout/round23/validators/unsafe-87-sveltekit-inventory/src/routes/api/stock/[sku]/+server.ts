import { error, json } from '@sveltejs/kit'
import { sql } from 'kysely'
import { db } from '$lib/server/db'
import type { RequestHandler } from './$types'

export const GET: RequestHandler = async ({ params, locals }) => {
  const { user } = await locals.safeGetSession()
  if (!user) error(401, 'Sign in')

  const row = await db
    .selectFrom('stock')
    .select(['sku', 'name', 'quantity', 'bin'])
    .where('owner_id', '=', user.id)
    .where(sql.raw<boolean>(`sku = '${params.sku}'`))
    .executeTakeFirst()

  if (!row) error(404, 'Unknown SKU')
  return json(row)
}
