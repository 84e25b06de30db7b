import { error, redirect } from "@sveltejs/kit";
import { eq } from "drizzle-orm";
import { db } from "$lib/server/db";
import { contracts } from "$lib/server/db/schema";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ params, locals }) => {
  if (!locals.user) {
    throw redirect(303, "/login");
  }

  const contract = await db.query.contracts.findFirst({
    where: eq(contracts.id, params.id),
    with: { signatures: true, attachments: true },
  });

  if (!contract) throw error(404, "Contract not found");

  return { contract };
};
