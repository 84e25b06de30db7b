import { error, redirect } from '@sveltejs/kit'
import { db } from '$lib/server/db'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ params, locals }) => {
  const { session } = await locals.safeGetSession()
  if (!session) redirect(303, '/login')

  const record = await db
    .selectFrom('health_records')
    .select(['id', 'patient_id', 'visit_date', 'diagnosis', 'prescriptions', 'clinician_notes'])
    .where('id', '=', params.id)
    .executeTakeFirst()

  if (!record) error(404, 'Record not found')
  return { record }
}
