import { fail, redirect } from '@sveltejs/kit'
import { returnTarget } from '$lib/server/returnTo'
import type { Actions } from './$types'

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const form = await request.formData()
    const email = String(form.get('email') ?? '')
    const password = String(form.get('password') ?? '')

    const { error } = await supabase.auth.signInWithPassword({ email, password })
    if (error) return fail(400, { email, message: 'Invalid credentials' })

    redirect(303, returnTarget(url.searchParams.get('redirectTo'), url.origin))
  },
}
