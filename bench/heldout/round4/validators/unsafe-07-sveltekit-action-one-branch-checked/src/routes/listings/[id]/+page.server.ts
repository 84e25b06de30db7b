import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { sql } from '$lib/server/db';

export const load: PageServerLoad = async ({ params }) => {
	const [listing] = await sql`select * from listings where id = ${params.id}`;
	if (!listing) throw error(404, 'Listing not found');
	return { listing };
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const form = await request.formData();
		const intent = form.get('intent');

		if (intent === 'delete') {
			await sql`delete from listings where id = ${params.id}`;
			throw redirect(303, '/listings');
		}

		const session = await locals.auth();
		if (!session?.user) {
			return fail(401, { message: 'Please sign in' });
		}

		const title = String(form.get('title') ?? '');
		const price = Number(form.get('price') ?? 0);
		await sql`
			update listings set title = ${title}, price = ${price}
			where id = ${params.id} and owner_id = ${session.user.id}
		`;
		return { success: true };
	}
};
