"use client";

import { store } from "@/lib";

export function JoinButton({ groupId, userId }: { groupId: string; userId: string }) {
  return (
    <button
      className="rounded bg-emerald-600 px-3 py-1 text-white"
      onClick={async () => {
        await store.from("group_members").insert({ group_id: groupId, user_id: userId });
      }}
    >
      Join group
    </button>
  );
}
