'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { createClient } from '@/utils/supabase/server'

async function requireUser() {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) redirect('/login')
  return { supabase, user }
}

export async function addTodo(formData: FormData) {
  const { supabase, user } = await requireUser()
  const task = String(formData.get('task') ?? '').trim()
  if (!task) return
  await supabase.from('todos').insert({ task, user_id: user.id, is_complete: false })
  revalidatePath('/')
}

export async function toggleTodo(id: number, isComplete: boolean) {
  const { supabase, user } = await requireUser()
  await supabase.from('todos').update({ is_complete: !isComplete }).eq('id', id).eq('user_id', user.id)
  revalidatePath('/')
}

export async function deleteTodo(id: number) {
  const { supabase, user } = await requireUser()
  await supabase.from('todos').delete().eq('id', id).eq('user_id', user.id)
  revalidatePath('/')
}
