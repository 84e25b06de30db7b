import { useState } from "react";
import { useSearchParams } from "react-router-dom";
import { supabase } from "@/lib/supabase";

export default function SignIn() {
  const [params] = useSearchParams();
  const [email, setEmail] = useState("");
  const [pw, setPw] = useState("");
  const [err, setErr] = useState<string | null>(null);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const { error } = await supabase.auth.signInWithPassword({ email, password: pw });
    if (error) return setErr("Wrong email or password");
    const returnTo = params.get("returnTo") || "/app";
    window.location.assign(returnTo);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" value={pw} onChange={(e) => setPw(e.target.value)} />
      {err && <p role="alert">{err}</p>}
      <button>Sign in</button>
    </form>
  );
}
