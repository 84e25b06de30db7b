import { useState } from "react";
import { useSearchParams } from "react-router-dom";
import { supabase } from "../lib/supabase";

export default function Login() {
  const [params] = useSearchParams();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    const { error } = await supabase.auth.signInWithPassword({ email, password });
    if (error) {
      setError("Invalid email or password");
      return;
    }
    const next = params.get("next") || "/app";
    window.location.href = next;
  }

  return (
    <form onSubmit={handleSubmit} className="mx-auto max-w-sm space-y-3 py-16">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} className="w-full border p-2" />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} className="w-full border p-2" />
      {error && <p className="text-red-600 text-sm">{error}</p>}
      <button className="w-full bg-black text-white py-2">Continue</button>
    </form>
  );
}
