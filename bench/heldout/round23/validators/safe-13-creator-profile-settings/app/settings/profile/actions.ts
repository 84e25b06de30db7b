'use server'

import { z } from 'zod'
import { revalidatePath } from 'next/cache'
import { authActionClient } from '@/lib/safe-action'
import { prisma } from '@/lib/prisma'

const schema = z.object({
  displayName: z.string().min(1).max(50),
  headline: z.string().max(120).optional(),
})

export const updateProfile = authActionClient.schema(schema).action(async ({ parsedInput, ctx }) => {
  await prisma.profile.update({
    where: { userId: ctx.user.id },
    data: parsedInput,
  })
  revalidatePath('/settings/profile')
  return { ok: true }
})
