'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { createAdminClient } from '@/lib/supabase/admin'

const RoleSchema = z.object({
  userId: z.string().uuid(),
  role: z.enum(['member', 'editor', 'admin']),
})

export async function updateUserRole(input: { userId: string; role: string }) {
  const parsed = RoleSchema.safeParse(input)
  if (!parsed.success) {
    return { error: 'Invalid input' }
  }
  const admin = createAdminClient()
  const { error } = await admin
    .from('profiles')
    .update({ role: parsed.data.role })
    .eq('id', parsed.data.userId)
  if (error) return { error: error.message }

  await admin.auth.admin.updateUserById(parsed.data.userId, {
    app_metadata: { role: parsed.data.role },
  })
  revalidatePath('/admin/users')
  return { ok: true }
}
