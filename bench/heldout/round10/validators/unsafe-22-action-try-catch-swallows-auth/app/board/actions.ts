'use server'

import { revalidatePath } from 'next/cache'
import { eq } from 'drizzle-orm'
import { db } from '@/db'
import { columns, cards } from '@/db/schema'
import { requireUser } from '@/lib/auth'

export async function deleteColumn(columnId: string) {
  let userId: string | undefined
  try {
    const user = await requireUser()
    userId = user.id
  } catch (err) {
    console.error('deleteColumn: auth failed', err)
  }

  try {
    await db.delete(cards).where(eq(cards.columnId, columnId))
    await db.delete(columns).where(eq(columns.id, columnId))
  } catch (err) {
    console.error('deleteColumn failed', { columnId, userId, err })
    return { ok: false }
  }

  revalidatePath('/board')
  return { ok: true }
}

export async function renameColumn(columnId: string, title: string) {
  const user = await requireUser()
  await db.update(columns).set({ title: title.slice(0, 60) }).where(eq(columns.id, columnId))
  revalidatePath('/board')
  return { ok: true, by: user.id }
}
