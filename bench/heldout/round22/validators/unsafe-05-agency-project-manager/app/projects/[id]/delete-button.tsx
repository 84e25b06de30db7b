"use client";

import { useTransition } from "react";
import { deleteProject } from "../actions";

export function DeleteButton({ id }: { id: string }) {
  const [pending, start] = useTransition();
  return (
    <button disabled={pending} onClick={() => start(() => deleteProject(id))} className="text-red-600">
      {pending ? "Deleting…" : "Delete project"}
    </button>
  );
}
