import { z } from 'zod'
import { and, eq } from 'drizzle-orm'
import { TRPCError } from '@trpc/server'
import { createTRPCRouter, protectedProcedure } from '@/server/api/trpc'
import { cards, decks } from '@/server/db/schema'

export const deckRouter = createTRPCRouter({
  mine: protectedProcedure.query(({ ctx }) =>
    ctx.db.select().from(decks).where(eq(decks.ownerId, ctx.userId))
  ),

  create: protectedProcedure
    .input(z.object({ title: z.string().min(1).max(100) }))
    .mutation(async ({ ctx, input }) => {
      const [deck] = await ctx.db
        .insert(decks)
        .values({ title: input.title, ownerId: ctx.userId })
        .returning()
      return deck
    }),

  addCard: protectedProcedure
    .input(z.object({ deckId: z.string().uuid(), front: z.string().max(500), back: z.string().max(500) }))
    .mutation(async ({ ctx, input }) => {
      const [deck] = await ctx.db
        .select({ id: decks.id })
        .from(decks)
        .where(and(eq(decks.id, input.deckId), eq(decks.ownerId, ctx.userId)))
      if (!deck) throw new TRPCError({ code: 'NOT_FOUND' })

      const [card] = await ctx.db
        .insert(cards)
        .values({ deckId: deck.id, front: input.front, back: input.back })
        .returning()
      return card
    }),

  remove: protectedProcedure
    .input(z.object({ deckId: z.string().uuid() }))
    .mutation(async ({ ctx, input }) => {
      const deleted = await ctx.db
        .delete(decks)
        .where(and(eq(decks.id, input.deckId), eq(decks.ownerId, ctx.userId)))
        .returning({ id: decks.id })
      if (deleted.length === 0) throw new TRPCError({ code: 'NOT_FOUND' })
      return { ok: true }
    }),
})
