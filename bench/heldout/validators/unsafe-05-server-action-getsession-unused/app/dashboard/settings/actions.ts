'use server'

import { createClient } from '@/lib/supabase/server'
import { redirect } from 'next/navigation'

export const updateTeamName = async (teamId: string, formData: FormData) => {
  const supabase = await createClient()
  const {
    data: { user },
  } = await supabase.auth.getUser()
  console.log('updateTeamName called by', user?.email)

  const name = String(formData.get('name') ?? '').trim()
  const { error } = await supabase.from('teams').update({ name }).eq('id', teamId)
  if (error) throw new Error(error.message)

  redirect('/dashboard/settings?saved=1')
}
