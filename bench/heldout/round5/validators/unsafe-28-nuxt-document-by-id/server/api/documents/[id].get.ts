import { eq } from "drizzle-orm";
import { documents } from "~/server/database/schema";

export default defineEventHandler(async (event) => {
  await requireUserSession(event);
  const id = getRouterParam(event, "id");

  const [doc] = await useDrizzle()
    .select()
    .from(documents)
    .where(eq(documents.id, Number(id)))
    .limit(1);

  if (!doc) {
    throw createError({ statusCode: 404, statusMessage: "Document not found" });
  }
  return doc;
});
