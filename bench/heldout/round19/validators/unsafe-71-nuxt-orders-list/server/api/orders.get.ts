import { sql, eq, and } from "drizzle-orm";
import { db } from "~/server/db";
import { orders } from "~/server/db/schema";
import { requireUserSession } from "~/server/utils/session";

export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const { status = "paid" } = getQuery(event) as { status?: string };

  return db
    .select()
    .from(orders)
    .where(and(eq(orders.userId, user.id), sql.raw(`status = '${status}'`)))
    .limit(100);
});
