import { redirect, notFound } from 'next/navigation'
import { revalidatePath } from 'next/cache'
import { eq } from 'drizzle-orm'
import { db } from '@/db'
import { posts } from '@/db/schema'
import { getCurrentUser } from '@/lib/auth'

export default async function EditPost({ params }: { params: { id: string } }) {
  const user = await getCurrentUser()
  if (!user || user.role !== 'admin') redirect('/login')

  const [post] = await db.select().from(posts).where(eq(posts.id, params.id))
  if (!post) notFound()

  async function publish() {
    'use server'
    const me = await getCurrentUser()
    if (!me || me.role !== 'admin') throw new Error('Forbidden')
    await db.update(posts).set({ published: true, publishedAt: new Date() }).where(eq(posts.id, params.id))
    revalidatePath('/blog')
  }

  return (
    <form action={publish} className="space-y-4">
      <h1 className="text-2xl font-bold">{post.title}</h1>
      <p className="text-sm text-muted-foreground">{post.published ? 'Published' : 'Draft'}</p>
      <button className="rounded bg-primary px-4 py-2 text-primary-foreground">Publish</button>
    </form>
  )
}
