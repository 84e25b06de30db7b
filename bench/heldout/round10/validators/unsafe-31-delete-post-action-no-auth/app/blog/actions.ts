'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { prisma } from '@/lib/prisma'
import { slugify } from '@/lib/slug'

export async function createPost(formData: FormData) {
  const title = String(formData.get('title') ?? '').trim()
  const body = String(formData.get('body') ?? '')
  const authorId = String(formData.get('authorId'))
  if (!title) return { error: 'Title is required' }
  const post = await prisma.post.create({
    data: { title, body, slug: slugify(title), authorId, published: formData.get('publish') === 'on' },
  })
  revalidatePath('/blog')
  redirect(`/blog/${post.slug}`)
}

export async function deletePost(id: string) {
  await prisma.comment.deleteMany({ where: { postId: id } })
  await prisma.post.delete({ where: { id } })
  revalidatePath('/blog')
}

export async function togglePublished(id: string, published: boolean) {
  await prisma.post.update({ where: { id }, data: { published } })
  revalidatePath('/blog')
}
