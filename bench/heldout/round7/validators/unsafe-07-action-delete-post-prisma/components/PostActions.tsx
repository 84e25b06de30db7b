"use client";

import { useTransition } from "react";
import { deletePost, togglePublished } from "@/app/actions";

export function PostActions({ id, published }: { id: string; published: boolean }) {
  const [pending, start] = useTransition();
  return (
    <div className="flex gap-2">
      <button disabled={pending} onClick={() => start(() => togglePublished(id, !published).then(() => {}))}>
        {published ? "Unpublish" : "Publish"}
      </button>
      <button
        disabled={pending}
        className="text-red-600"
        onClick={() => confirm("Delete this post?") && start(() => deletePost(id))}
      >
        Delete
      </button>
    </div>
  );
}
