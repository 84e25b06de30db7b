'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { createClient } from '@/lib/supabase/server'

const Entry = z.object({
  id: z.string().uuid(),
  mood: z.coerce.number().int().min(1).max(5),
  body: z.string().max(5000),
})

export async function saveEntry(formData: FormData) {
  const supabase = await createClient()
  const {
    data: { user },
  } = await supabase.auth.getUser()
  if (!user) redirect('/login')

  const entry = Entry.parse(Object.fromEntries(formData))
  const { error } = await supabase
    .from('journal_entries')
    .update({ mood: entry.mood, body: entry.body, updated_at: new Date().toISOString() })
    .eq('id', entry.id)
    .eq('user_id', user.id)
  if (error) throw new Error('Could not save entry')

  revalidatePath('/journal')
}
