import { z } from "zod";
import { TRPCError } from "@trpc/server";
import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";

export const noteRouter = createTRPCRouter({
  byId: protectedProcedure
    .input(z.object({ id: z.string().cuid() }))
    .query(async ({ ctx, input }) => {
      const note = await ctx.db.note.findFirst({ where: { id: input.id } });
      if (!note) throw new TRPCError({ code: "NOT_FOUND" });
      return note;
    }),

  list: protectedProcedure.query(({ ctx }) =>
    ctx.db.note.findMany({ where: { authorId: ctx.session.user.id }, orderBy: { updatedAt: "desc" } })
  ),
});
