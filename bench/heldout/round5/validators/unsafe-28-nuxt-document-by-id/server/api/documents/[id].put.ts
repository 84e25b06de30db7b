import { eq } from "drizzle-orm";
import { z } from "zod";
import { documents } from "~/server/database/schema";

const bodySchema = z.object({ title: z.string().min(1), content: z.string() });

export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const id = Number(getRouterParam(event, "id"));
  const body = await readValidatedBody(event, bodySchema.parse);

  const [updated] = await useDrizzle()
    .update(documents)
    .set({ ...body, updatedAt: new Date(), lastEditedBy: user.id })
    .where(eq(documents.id, id))
    .returning();

  return updated;
});
