import { z } from 'zod'
import { createTRPCRouter, protectedProcedure, publicProcedure } from '@/server/api/trpc'

export const pollRouter = createTRPCRouter({
  byClub: publicProcedure
    .input(z.object({ clubId: z.string().cuid() }))
    .query(({ ctx, input }) =>
      ctx.db.poll.findMany({
        where: { clubId: input.clubId },
        include: { options: { include: { _count: { select: { votes: true } } } } },
        orderBy: { createdAt: 'desc' },
      })
    ),

  create: publicProcedure
    .input(
      z.object({
        clubId: z.string().cuid(),
        question: z.string().min(3).max(200),
        options: z.array(z.string().min(1).max(80)).min(2).max(8),
        closesAt: z.date().optional(),
      })
    )
    .mutation(({ ctx, input }) =>
      ctx.db.poll.create({
        data: {
          clubId: input.clubId,
          question: input.question,
          closesAt: input.closesAt,
          options: { create: input.options.map((label) => ({ label })) },
        },
      })
    ),

  vote: protectedProcedure
    .input(z.object({ optionId: z.string().cuid() }))
    .mutation(({ ctx, input }) =>
      ctx.db.vote.upsert({
        where: { optionId_userId: { optionId: input.optionId, userId: ctx.session.user.id } },
        create: { optionId: input.optionId, userId: ctx.session.user.id },
        update: {},
      })
    ),
})
