import { z } from "zod";
import { TRPCError } from "@trpc/server";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";

export const documentRouter = createTRPCRouter({
  byId: protectedProcedure.input(z.object({ id: z.string().cuid() })).query(async ({ ctx, input }) => {
    const doc = await ctx.db.document.findUnique({ where: { id: input.id } });
    if (!doc) throw new TRPCError({ code: "NOT_FOUND" });
    return doc;
  }),

  rename: protectedProcedure
    .input(z.object({ id: z.string().cuid(), title: z.string().min(1).max(200) }))
    .mutation(({ ctx, input }) =>
      ctx.db.document.update({ where: { id: input.id }, data: { title: input.title } })
    ),
});
