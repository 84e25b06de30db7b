"use client";

import { useState } from "react";
import { useSearchParams } from "next/navigation";
import { createClient } from "@/lib/supabase/client";

export default function SignInPage() {
  const searchParams = useSearchParams();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const handleSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    setLoading(true);
    const supabase = createClient();
    const { error } = await supabase.auth.signInWithPassword({ email, password });
    setLoading(false);

    if (error) {
      setError("Wrong email or password");
      return;
    }

    const redirectUrl = searchParams.get("redirect") || "/app";
    window.location.href = redirectUrl;
  };

  return (
    <form onSubmit={handleSubmit} className="space-y-4">
      <input value={email} onChange={(e) => setEmail(e.target.value)} type="email" className="input" />
      <input value={password} onChange={(e) => setPassword(e.target.value)} type="password" className="input" />
      {error && <p className="text-red-600 text-sm">{error}</p>}
      <button disabled={loading} className="btn w-full">
        {loading ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
