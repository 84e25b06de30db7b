"use client";

import { deletePost, publishPost } from "@/app/actions/posts";

export function PostAdminBar({ id }: { id: string }) {
  return (
    <div className="flex gap-2">
      <button onClick={() => publishPost(id)}>Publish</button>
      <button onClick={() => deletePost(id)}>Delete</button>
    </div>
  );
}
