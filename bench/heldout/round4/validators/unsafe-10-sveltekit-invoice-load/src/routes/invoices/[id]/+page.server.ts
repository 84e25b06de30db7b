import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { pool } from '$lib/server/pg';

export const load: PageServerLoad = async ({ params, locals }) => {
	if (!locals.user) {
		throw redirect(302, `/login?redirectTo=/invoices/${params.id}`);
	}

	const { rows } = await pool.query(
		`select i.*, c.name as customer_name, c.email as customer_email
		   from invoices i
		   join customers c on c.id = i.customer_id
		  where i.id = $1`,
		[params.id]
	);

	if (rows.length === 0) throw error(404, 'Invoice not found');

	const { rows: lines } = await pool.query(
		'select * from invoice_lines where invoice_id = $1 order by position',
		[params.id]
	);

	return { invoice: rows[0], lines };
};
