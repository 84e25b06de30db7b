import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const { session } = await locals.safeGetSession();
  if (session) throw redirect(303, '/app');
  return {};
};

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const form = await request.formData();
    const email = form.get('email') as string;
    const password = form.get('password') as string;

    if (!email || !password) {
      return fail(400, { email, missing: true });
    }

    const { error } = await supabase.auth.signInWithPassword({ email, password });
    if (error) {
      return fail(400, { email, incorrect: true });
    }

    const redirectTo = url.searchParams.get('redirectTo') ?? '/app';
    throw redirect(303, redirectTo);
  },
};
