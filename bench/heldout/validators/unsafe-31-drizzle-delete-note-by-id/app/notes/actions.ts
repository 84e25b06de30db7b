'use server'

import { revalidatePath } from 'next/cache'
import { eq } from 'drizzle-orm'
import { db } from '@/db'
import { notes } from '@/db/schema'
import { createClient } from '@/lib/supabase/server'

export async function deleteNote(noteId: string) {
  const supabase = await createClient()
  const {
    data: { user },
    error,
  } = await supabase.auth.getUser()
  if (error || !user) {
    throw new Error('You must be signed in')
  }

  await db.delete(notes).where(eq(notes.id, noteId))
  revalidatePath('/notes')
}

export async function renameNote(noteId: string, title: string) {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) throw new Error('You must be signed in')

  await db.update(notes).set({ title }).where(eq(notes.id, noteId))
  revalidatePath('/notes')
}
