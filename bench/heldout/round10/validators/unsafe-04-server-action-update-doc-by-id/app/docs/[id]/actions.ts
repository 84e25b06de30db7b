'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { prisma } from '@/lib/prisma'
import { auth } from '@/auth'

const Input = z.object({
  id: z.string().cuid(),
  title: z.string().max(200),
  content: z.string().max(100_000),
})

export async function saveDocument(input: z.infer<typeof Input>) {
  const session = await auth()
  if (!session?.user) {
    return { ok: false as const, error: 'Please sign in' }
  }

  const data = Input.parse(input)
  await prisma.document.update({
    where: { id: data.id },
    data: { title: data.title, content: data.content, updatedAt: new Date() },
  })

  revalidatePath(`/docs/${data.id}`)
  return { ok: true as const }
}
