import { FormEvent, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { supabase } from "../lib/supabase";

export default function Login() {
  const [params] = useSearchParams();
  const [email, setEmail] = useState("");
  const [pw, setPw] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const { error } = await supabase.auth.signInWithPassword({ email, password: pw });
    if (error) {
      setError("Could not sign in");
      return;
    }
    window.location.href = params.get("next") || "/lessons";
  }

  return (
    <form onSubmit={onSubmit} className="mx-auto max-w-sm space-y-3">
      <input value={email} onChange={(e) => setEmail(e.target.value)} type="email" />
      <input value={pw} onChange={(e) => setPw(e.target.value)} type="password" />
      {error && <p className="text-red-600">{error}</p>}
      <button type="submit">Sign in</button>
    </form>
  );
}
