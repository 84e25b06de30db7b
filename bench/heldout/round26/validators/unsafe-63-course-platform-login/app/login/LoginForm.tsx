"use client";

import { useActionState } from "react";
import { signIn } from "./actions";

export function LoginForm({ redirectTo }: { redirectTo: string }) {
  const [state, action, pending] = useActionState(signIn, undefined);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <input name="email" type="email" required className="w-full rounded border p-2" />
      <input name="password" type="password" required className="w-full rounded border p-2" />
      {state?.error && <p className="text-sm text-red-600">{state.error}</p>}
      <button disabled={pending} className="w-full rounded bg-black p-2 text-white">
        Sign in
      </button>
    </form>
  );
}
