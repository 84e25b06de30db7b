import { NextResponse } from 'next/server'
import { z } from 'zod'
import { prisma } from '@/lib/prisma'

const CommentInput = z.object({
  authorId: z.string().uuid(),
  body: z.string().trim().min(1).max(2000),
})

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const comments = await prisma.comment.findMany({
    where: { recipeId: id },
    orderBy: { createdAt: 'asc' },
    include: { author: { select: { displayName: true, avatarUrl: true } } },
  })
  return NextResponse.json(comments)
}

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const parsed = CommentInput.safeParse(await req.json())
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 })
  }

  const comment = await prisma.comment.create({
    data: {
      recipeId: id,
      authorId: parsed.data.authorId,
      body: parsed.data.body,
    },
  })

  return NextResponse.json(comment, { status: 201 })
}
