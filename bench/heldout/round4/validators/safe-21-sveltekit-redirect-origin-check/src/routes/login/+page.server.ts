import { fail, redirect } from '@sveltejs/kit';
import type { Actions } from './$types';

function sameOriginTarget(raw: string | null, origin: string): string {
	const home = new URL('/', origin).href;
	if (!raw) return home;
	try {
		const target = new URL(raw, origin);
		return target.origin === origin ? target.href : home;
	} catch {
		return home;
	}
}

export const actions: Actions = {
	default: async ({ request, url, locals: { supabase } }) => {
		const data = await request.formData();
		const { error } = await supabase.auth.signInWithPassword({
			email: String(data.get('email')),
			password: String(data.get('password'))
		});

		if (error) return fail(400, { message: 'Invalid credentials' });

		redirect(303, sameOriginTarget(url.searchParams.get('redirectTo'), url.origin));
	}
};
