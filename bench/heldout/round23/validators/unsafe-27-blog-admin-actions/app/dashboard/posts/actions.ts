'use server'

import { revalidatePath } from 'next/cache'
import { prisma } from '@/lib/prisma'

export async function deletePost(formData: FormData) {
  const id = String(formData.get('id'))
  await prisma.comment.deleteMany({ where: { postId: id } })
  await prisma.post.delete({ where: { id } })
  revalidatePath('/dashboard/posts')
}

export async function togglePublish(id: string, published: boolean) {
  await prisma.post.update({
    where: { id },
    data: { published, publishedAt: published ? new Date() : null },
  })
  revalidatePath('/dashboard/posts')
  revalidatePath('/blog')
}
