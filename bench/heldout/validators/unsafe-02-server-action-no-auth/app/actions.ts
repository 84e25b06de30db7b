'use server'

import { revalidatePath } from 'next/cache'
import { createClient } from '@/utils/supabase/server'

export async function addTodo(formData: FormData) {
  const supabase = await createClient()
  const task = formData.get('task') as string
  const userId = formData.get('userId') as string

  await supabase.from('todos').insert({ task, user_id: userId, is_complete: false })
  revalidatePath('/')
}

export async function toggleTodo(id: number, isComplete: boolean) {
  const supabase = await createClient()
  await supabase.from('todos').update({ is_complete: !isComplete }).eq('id', id)
  revalidatePath('/')
}

export async function deleteTodo(id: number) {
  const supabase = await createClient()
  await supabase.from('todos').delete().eq('id', id)
  revalidatePath('/')
}
