import { error, redirect } from "@sveltejs/kit";
import { eq } from "drizzle-orm";
import { db } from "$lib/server/db";
import { documents, documentVersions } from "$lib/server/db/schema";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ params, locals }) => {
  const session = await locals.auth();
  if (!session?.user) redirect(303, "/signin");

  const [doc] = await db.select().from(documents).where(eq(documents.id, params.id)).limit(1);
  if (!doc) error(404, "Document not found");

  const versions = await db
    .select({ id: documentVersions.id, createdAt: documentVersions.createdAt })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, doc.id));

  return { doc, versions };
};
