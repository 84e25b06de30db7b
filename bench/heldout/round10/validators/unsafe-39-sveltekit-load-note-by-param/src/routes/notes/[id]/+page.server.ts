import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad, Actions } from './$types';
import { sql } from '$lib/server/db';

export const load: PageServerLoad = async ({ params, locals }) => {
  if (!locals.user) throw redirect(303, '/login');

  const [note] = await sql`
    select id, title, content, updated_at, user_id
      from notes
     where id = ${params.id}
  `;
  if (!note) throw error(404, 'Note not found');

  return { note, isOwner: note.user_id === locals.user.id };
};

export const actions: Actions = {
  save: async ({ params, request, locals }) => {
    if (!locals.user) throw redirect(303, '/login');
    const form = await request.formData();
    await sql`
      update notes
         set title = ${String(form.get('title'))}, content = ${String(form.get('content'))}, updated_at = now()
       where id = ${params.id} and user_id = ${locals.user.id}
    `;
    return { saved: true };
  },
};
