import { z } from 'zod'
import { eq } from 'drizzle-orm'
import { TRPCError } from '@trpc/server'
import { createTRPCRouter, protectedProcedure } from '@/server/api/trpc'
import { documents } from '@/server/db/schema'

export const documentRouter = createTRPCRouter({
  byId: protectedProcedure.input(z.object({ id: z.string().uuid() })).query(async ({ ctx, input }) => {
    const [doc] = await ctx.db.select().from(documents).where(eq(documents.id, input.id))
    if (!doc) throw new TRPCError({ code: 'NOT_FOUND' })
    return doc
  }),

  rename: protectedProcedure
    .input(z.object({ id: z.string().uuid(), title: z.string().min(1).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const [doc] = await ctx.db
        .update(documents)
        .set({ title: input.title, updatedAt: new Date(), updatedBy: ctx.session.user.id })
        .where(eq(documents.id, input.id))
        .returning()
      return doc
    }),
})
