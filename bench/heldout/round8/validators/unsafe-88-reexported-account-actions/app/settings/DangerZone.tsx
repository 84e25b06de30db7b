"use client";

import { deleteAccount } from "./actions";

export function DangerZone({ userId }: { userId: string }) {
  return (
    <form action={deleteAccount}>
      <input type="hidden" name="userId" value={userId} />
      <button className="text-red-600">Delete my account</button>
    </form>
  );
}
