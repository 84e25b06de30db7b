'use server'

import { revalidatePath } from 'next/cache'
import { auth } from '@/auth'
import { prisma } from '@/lib/prisma'

async function currentUserId() {
  const session = await auth()
  const id = session?.user?.id
  if (!id) throw new Error('Unauthorized')
  return id
}

export async function addBookmark(formData: FormData) {
  const userId = await currentUserId()
  const url = new URL(String(formData.get('url')))
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('Only web links')

  await prisma.bookmark.create({
    data: { ownerId: userId, url: url.toString(), title: String(formData.get('title') ?? '').slice(0, 200) },
  })
  revalidatePath('/bookmarks')
}

export async function removeBookmark(id: string) {
  const userId = await currentUserId()
  await prisma.bookmark.deleteMany({ where: { id, ownerId: userId } })
  revalidatePath('/bookmarks')
}
