import { z } from "zod";
import { TRPCError } from "@trpc/server";
import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";

export const documentRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) =>
    ctx.db.document.findMany({
      where: { ownerId: ctx.session.user.id },
      orderBy: { updatedAt: "desc" },
    })
  ),

  rename: protectedProcedure
    .input(z.object({ id: z.string().cuid(), ownerId: z.string(), title: z.string().min(1).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const doc = await ctx.db.document.findFirst({
        where: { id: input.id, ownerId: input.ownerId },
      });
      if (!doc) throw new TRPCError({ code: "NOT_FOUND" });

      return ctx.db.document.update({
        where: { id: doc.id },
        data: { title: input.title },
      });
    }),
});
