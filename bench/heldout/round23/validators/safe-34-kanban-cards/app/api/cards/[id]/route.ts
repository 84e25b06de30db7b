import { z } from 'zod'
import { prisma } from '@/lib/prisma'
import { withAuth } from '@/lib/with-auth'

const Move = z.object({
  columnId: z.string().uuid(),
  position: z.number().int().min(0),
})

export const PATCH = withAuth<{ id: string }>(async (req, { user, params }) => {
  const input = Move.safeParse(await req.json())
  if (!input.success) return Response.json({ error: 'Invalid move' }, { status: 400 })

  const column = await prisma.column.findFirst({
    where: { id: input.data.columnId, board: { ownerId: user.id } },
    select: { id: true, boardId: true },
  })
  if (!column) return Response.json({ error: 'Not found' }, { status: 404 })

  const result = await prisma.card.updateMany({
    where: { id: params.id, boardId: column.boardId, board: { ownerId: user.id } },
    data: { columnId: column.id, position: input.data.position },
  })
  if (result.count === 0) return Response.json({ error: 'Not found' }, { status: 404 })

  return Response.json({ ok: true })
})

export const DELETE = withAuth<{ id: string }>(async (_req, { user, params }) => {
  const result = await prisma.card.deleteMany({
    where: { id: params.id, board: { ownerId: user.id } },
  })
  if (result.count === 0) return Response.json({ error: 'Not found' }, { status: 404 })
  return new Response(null, { status: 204 })
})
