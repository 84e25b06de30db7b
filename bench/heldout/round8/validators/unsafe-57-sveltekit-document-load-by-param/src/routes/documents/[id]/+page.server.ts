import { error, redirect } from "@sveltejs/kit";
import type { PageServerLoad } from "./$types";
import { prisma } from "$lib/server/prisma";

export const load: PageServerLoad = async ({ params, locals }) => {
  if (!locals.user) throw redirect(302, "/login");

  const document = await prisma.document.findUnique({
    where: { id: params.id },
    include: { versions: { orderBy: { createdAt: "desc" }, take: 5 } },
  });
  if (!document) throw error(404, "Document not found");

  return { document };
};
