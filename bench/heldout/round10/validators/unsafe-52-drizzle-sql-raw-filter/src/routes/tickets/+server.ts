import { json, error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { sql, desc } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { tickets } from '$lib/server/schema';

export const GET: RequestHandler = async ({ url, locals }) => {
  const session = await locals.auth();
  if (!session?.user) throw error(401, 'Sign in');

  const status = url.searchParams.get('status') ?? 'open';
  const rows = await db
    .select({
      id: tickets.id,
      subject: tickets.subject,
      status: tickets.status,
      createdAt: tickets.createdAt,
    })
    .from(tickets)
    .where(sql.raw(`status = '${status}' AND assignee_id = '${session.user.id}'`))
    .orderBy(desc(tickets.createdAt))
    .limit(100);

  return json(rows);
};
