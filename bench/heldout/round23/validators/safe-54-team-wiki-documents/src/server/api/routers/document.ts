import { z } from 'zod'
import { and, eq } from 'drizzle-orm'
import { TRPCError } from '@trpc/server'
import { createTRPCRouter, protectedProcedure } from '@/server/api/trpc'
import { documents, workspaceMembers } from '@/server/db/schema'

export const documentRouter = createTRPCRouter({
  byId: protectedProcedure.input(z.object({ id: z.string().uuid() })).query(async ({ ctx, input }) => {
    const [row] = await ctx.db
      .select({ doc: documents })
      .from(documents)
      .innerJoin(
        workspaceMembers,
        and(eq(workspaceMembers.workspaceId, documents.workspaceId), eq(workspaceMembers.userId, ctx.session.user.id))
      )
      .where(eq(documents.id, input.id))
    if (!row) throw new TRPCError({ code: 'NOT_FOUND' })
    return row.doc
  }),

  rename: protectedProcedure
    .input(z.object({ id: z.string().uuid(), title: z.string().min(1).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.db
        .select({ id: documents.id })
        .from(documents)
        .innerJoin(
          workspaceMembers,
          and(eq(workspaceMembers.workspaceId, documents.workspaceId), eq(workspaceMembers.userId, ctx.session.user.id))
        )
        .where(eq(documents.id, input.id))
      if (!row) throw new TRPCError({ code: 'NOT_FOUND' })

      const [doc] = await ctx.db
        .update(documents)
        .set({ title: input.title, updatedAt: new Date(), updatedBy: ctx.session.user.id })
        .where(eq(documents.id, row.id))
        .returning()
      return doc
    }),
})
