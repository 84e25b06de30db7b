'use server'

import { z } from 'zod'
import { revalidatePath } from 'next/cache'
import { actionClient } from '@/lib/safe-action'
import { prisma } from '@/lib/prisma'

const Day = z.object({
  weekday: z.number().int().min(0).max(6),
  opensAt: z.string().regex(/^\d{2}:\d{2}$/),
  closesAt: z.string().regex(/^\d{2}:\d{2}$/),
  closed: z.boolean(),
})

const schema = z.object({ days: z.array(Day).length(7), holidayNote: z.string().max(200).optional() })

export const saveOpeningHours = actionClient.schema(schema).action(async ({ parsedInput }) => {
  await prisma.$transaction([
    prisma.openingHours.deleteMany({}),
    prisma.openingHours.createMany({ data: parsedInput.days }),
    prisma.shopSettings.update({ where: { id: 1 }, data: { holidayNote: parsedInput.holidayNote ?? null } }),
  ])
  revalidatePath('/')
  revalidatePath('/admin/hours')
  return { ok: true }
})
