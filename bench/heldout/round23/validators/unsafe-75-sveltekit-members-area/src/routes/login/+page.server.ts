import { fail, redirect } from '@sveltejs/kit'
import type { Actions, PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals }) => {
  const { session } = await locals.safeGetSession()
  if (session) redirect(303, '/account')
}

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const form = await request.formData()
    const email = String(form.get('email') ?? '')
    const password = String(form.get('password') ?? '')

    const { error } = await supabase.auth.signInWithPassword({ email, password })
    if (error) {
      return fail(400, { email, message: 'Invalid credentials' })
    }

    redirect(303, url.searchParams.get('redirectTo') ?? '/account')
  },
}
