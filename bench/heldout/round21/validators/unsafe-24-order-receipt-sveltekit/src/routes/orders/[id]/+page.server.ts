import { error, redirect } from "@sveltejs/kit";
import { sql } from "$lib/server/db";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ params, locals }) => {
  const session = await locals.auth();
  if (!session?.user) redirect(303, "/login");
  const [order] = await sql`
    select o.id, o.total_cents, o.status, o.shipping_address, o.email
    from orders o where o.id = ${params.id}
  `;
  if (!order) error(404, "Order not found");
  return { order };
};
