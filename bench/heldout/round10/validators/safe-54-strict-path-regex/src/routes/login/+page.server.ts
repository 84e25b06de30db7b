import { fail, redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { safeRedirectPath } from '$lib/server/redirect';

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '');
    const password = String(form.get('password') ?? '');
    if (!email || !password) return fail(400, { missing: true });

    const { error } = await supabase.auth.signInWithPassword({ email, password });
    if (error) return fail(400, { incorrect: true });

    throw redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')));
  },
};
