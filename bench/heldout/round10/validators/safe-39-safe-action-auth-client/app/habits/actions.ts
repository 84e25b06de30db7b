'use server'

import { z } from 'zod'
import { revalidatePath } from 'next/cache'
import { authActionClient } from '@/lib/safe-action'

export const checkIn = authActionClient
  .schema(z.object({ habitId: z.string().uuid(), day: z.string().date() }))
  .action(async ({ parsedInput, ctx }) => {
    const { data: habit } = await ctx.supabase
      .from('habits')
      .select('id')
      .eq('id', parsedInput.habitId)
      .eq('user_id', ctx.userId)
      .single()
    if (!habit) return { ok: false }
    await ctx.supabase
      .from('checkins')
      .upsert({ habit_id: habit.id, user_id: ctx.userId, day: parsedInput.day })
    revalidatePath('/habits')
    return { ok: true }
  })
