"use client";

import { useTransition } from "react";
import { deletePost } from "./actions";

export function DeleteButton({ id }: { id: string }) {
  const [pending, start] = useTransition();
  return (
    <button
      disabled={pending}
      onClick={() => start(() => deletePost(id))}
      className="text-red-600 hover:underline"
    >
      {pending ? "Deleting…" : "Delete"}
    </button>
  );
}
