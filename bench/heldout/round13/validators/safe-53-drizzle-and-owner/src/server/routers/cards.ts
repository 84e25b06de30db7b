import { and, eq } from "drizzle-orm";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { protectedProcedure, router } from "../trpc";
import { cards } from "@/db/schema";

export const cardsRouter = router({
  move: protectedProcedure
    .input(z.object({ id: z.string().uuid(), column: z.enum(["todo", "doing", "done"]) }))
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.db
        .update(cards)
        .set({ column: input.column, updatedAt: new Date() })
        .where(and(eq(cards.id, input.id), eq(cards.ownerId, ctx.user.id)))
        .returning();
      if (!row) throw new TRPCError({ code: "NOT_FOUND" });
      return row;
    }),
  remove: protectedProcedure.input(z.string().uuid()).mutation(async ({ ctx, input }) => {
    await ctx.db.delete(cards).where(and(eq(cards.id, input), eq(cards.ownerId, ctx.user.id)));
    return { ok: true };
  }),
});
