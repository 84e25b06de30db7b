'use server'

import { revalidatePath } from 'next/cache'
import { createClient } from '@supabase/supabase-js'

const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!, {
  auth: { persistSession: false },
})

export async function approveEntry(entryId: string) {
  const { data: entry, error } = await admin
    .from('waitlist')
    .update({ status: 'approved', approved_at: new Date().toISOString() })
    .eq('id', entryId)
    .select('email')
    .single()
  if (error || !entry) throw new Error('Entry not found')

  await admin.auth.admin.inviteUserByEmail(entry.email)
  revalidatePath('/admin/waitlist')
}
