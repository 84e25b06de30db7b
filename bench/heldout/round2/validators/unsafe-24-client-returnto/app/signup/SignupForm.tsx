"use client";

import { useState } from "react";
import { useSearchParams } from "next/navigation";
import { createClient } from "@/lib/supabase/client";

export default function SignupForm() {
  const params = useSearchParams();
  const supabase = createClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const { error } = await supabase.auth.signUp({ email, password });
    if (error) {
      setError("Could not create your account.");
      return;
    }
    const returnTo = params.get("returnTo");
    window.location.href = returnTo ? decodeURIComponent(returnTo) : "/welcome";
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input value={email} onChange={(e) => setEmail(e.target.value)} type="email" className="w-full rounded border p-2" />
      <input value={password} onChange={(e) => setPassword(e.target.value)} type="password" className="w-full rounded border p-2" />
      {error && <p className="text-red-600">{error}</p>}
      <button className="w-full rounded bg-indigo-600 p-2 text-white">Create account</button>
    </form>
  );
}
