"use client";

import { deletePost } from "@/app/actions";

export function DeleteButton({ id }: { id: string }) {
  return (
    <button onClick={() => deletePost(id)} className="text-red-600">
      Delete
    </button>
  );
}
