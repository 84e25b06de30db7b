"use client";

import { useSearchParams } from "next/navigation";
import { login } from "./actions";

export default function LoginForm() {
  const searchParams = useSearchParams();
  const error = searchParams.get("error");

  return (
    <form action={login} className="space-y-3">
      {error && (
        <div
          role="alert"
          className="rounded bg-red-50 p-2 text-red-700"
          dangerouslySetInnerHTML={{ __html: error }}
        />
      )}
      <input name="email" type="email" required />
      <input name="password" type="password" required />
      <button>Sign in</button>
    </form>
  );
}
