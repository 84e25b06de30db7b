import { z } from "zod";
import { TRPCError } from "@trpc/server";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";

export const postRouter = createTRPCRouter({
  update: protectedProcedure
    .input(z.object({ id: z.string().cuid(), title: z.string().min(1).max(200), body: z.string().max(20000) }))
    .mutation(async ({ ctx, input }) => {
      const { count } = await ctx.db.post.updateMany({
        where: { id: input.id, authorId: ctx.session.user.id },
        data: { title: input.title, body: input.body },
      });
      if (count === 0) throw new TRPCError({ code: "NOT_FOUND" });
      return { ok: true };
    }),
});
