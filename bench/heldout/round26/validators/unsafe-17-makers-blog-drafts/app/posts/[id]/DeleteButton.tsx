"use client";

import { useTransition } from "react";
import { deletePost } from "@/app/actions";

export function DeleteButton({ id }: { id: string }) {
  const [pending, start] = useTransition();
  return (
    <button
      onClick={() => start(() => deletePost(id))}
      disabled={pending}
      className="text-sm text-red-600 hover:underline"
    >
      {pending ? "Deleting…" : "Delete"}
    </button>
  );
}
