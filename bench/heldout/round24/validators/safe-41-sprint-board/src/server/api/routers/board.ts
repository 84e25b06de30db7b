import { z } from "zod";
import { TRPCError } from "@trpc/server";
import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";

export const boardRouter = createTRPCRouter({
  byId: protectedProcedure
    .input(z.object({ id: z.string().cuid() }))
    .query(async ({ ctx, input }) => {
      const board = await ctx.db.board.findFirst({
        where: {
          id: input.id,
          workspace: { members: { some: { userId: ctx.session.user.id } } },
        },
        include: { columns: { include: { cards: true } } },
      });
      if (!board) throw new TRPCError({ code: "NOT_FOUND" });
      return board;
    }),
});
