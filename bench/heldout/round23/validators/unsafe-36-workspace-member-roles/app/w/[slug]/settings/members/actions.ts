'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { db } from '@/lib/kysely'

const Input = z.object({
  workspaceId: z.string().uuid(),
  memberId: z.string().uuid(),
  role: z.enum(['viewer', 'editor', 'admin', 'owner']),
})

export async function changeMemberRole(formData: FormData) {
  const input = Input.parse(Object.fromEntries(formData))

  await db
    .updateTable('workspace_members')
    .set({ role: input.role })
    .where('workspace_id', '=', input.workspaceId)
    .where('user_id', '=', input.memberId)
    .execute()

  revalidatePath(`/w/[slug]/settings/members`, 'page')
}
