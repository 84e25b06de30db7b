"use client";

import { useSearchParams } from "next/navigation";
import { login } from "./actions";

const ERRORS: Record<string, string> = {
  invalid_credentials: "Wrong email or password.",
  email_not_confirmed: "Please confirm your email first.",
  callback: "The sign-in link expired. Request a new one.",
};

export default function LoginForm() {
  const code = useSearchParams().get("error");
  const message = code ? ERRORS[code] ?? "Something went wrong. Please try again." : null;

  return (
    <form action={login}>
      {message && <p role="alert">{message}</p>}
      <input name="email" type="email" required />
      <input name="password" type="password" required />
      <button>Sign in</button>
    </form>
  );
}
