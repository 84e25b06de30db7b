'use client'

import { useTransition } from 'react'
import { deletePost, togglePublish } from './actions'

export function PostRow({ post }: { post: { id: string; title: string; published: boolean } }) {
  const [pending, startTransition] = useTransition()
  return (
    <tr>
      <td>{post.title}</td>
      <td>
        <button disabled={pending} onClick={() => startTransition(() => togglePublish(post.id, !post.published))}>
          {post.published ? 'Unpublish' : 'Publish'}
        </button>
      </td>
      <td>
        <form action={deletePost}>
          <input type="hidden" name="id" value={post.id} />
          <button type="submit">Delete</button>
        </form>
      </td>
    </tr>
  )
}
