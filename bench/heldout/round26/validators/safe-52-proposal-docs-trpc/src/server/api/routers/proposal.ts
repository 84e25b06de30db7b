import { z } from "zod";
import { TRPCError } from "@trpc/server";
import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";

export const proposalRouter = createTRPCRouter({
  updateTitle: protectedProcedure
    .input(z.object({ id: z.string().cuid(), title: z.string().min(1).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const proposal = await ctx.db.proposal.findUnique({ where: { id: input.id } });
      if (!proposal || proposal.ownerId !== ctx.session.user.id) {
        throw new TRPCError({ code: "NOT_FOUND" });
      }
      return ctx.db.proposal.update({
        where: { id: proposal.id },
        data: { title: input.title },
      });
    }),
});
