import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";

export const sheetRouter = createTRPCRouter({
  evaluateCell: protectedProcedure
    .input(z.object({ sheetId: z.string(), formula: z.string().max(500) }))
    .mutation(async ({ ctx, input }) => {
      const cells = await ctx.db.cell.findMany({
        where: { sheetId: input.sheetId, sheet: { ownerId: ctx.session.user.id } },
      });
      const scope = Object.fromEntries(cells.map((c) => [c.ref, Number(c.value)]));
      const body = input.formula.replace(/^=/, "");
      const fn = new Function(...Object.keys(scope), `return ${body};`);
      return { value: fn(...Object.values(scope)) };
    }),
});
