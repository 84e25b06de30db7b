import { and, eq, sql } from "drizzle-orm";
import { db } from "../db";
import { tasks } from "../db/schema";
import { protectedProcedure, router } from "../trpc";
import { z } from "zod";

export const tasksRouter = router({
  list: protectedProcedure
    .input(z.object({ status: z.string().optional(), search: z.string().optional() }))
    .query(async ({ ctx, input }) => {
      const extra = input.search ? sql.raw(`title ilike '%${input.search}%'`) : sql`true`;
      return db
        .select()
        .from(tasks)
        .where(and(eq(tasks.ownerId, ctx.user.id), input.status ? eq(tasks.status, input.status) : undefined, extra));
    }),
});
