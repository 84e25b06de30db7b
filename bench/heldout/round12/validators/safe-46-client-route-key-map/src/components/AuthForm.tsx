import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router-dom";
import { supabase } from "@/integrations/supabase/client";

const RETURN_ROUTES: Record<string, string> = {
  dashboard: "/dashboard",
  billing: "/settings/billing",
  team: "/settings/team",
  onboarding: "/welcome",
};

export function AuthForm() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState(false);

  async function handleSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const { error: signInError } = await supabase.auth.signInWithPassword({ email, password });
    if (signInError) {
      setError(true);
      return;
    }
    const key = search.get("return") ?? "dashboard";
    navigate(RETURN_ROUTES[key] ?? "/dashboard", { replace: true });
  }

  return (
    <form onSubmit={handleSubmit} className="grid gap-3">
      <input value={email} onChange={(e) => setEmail(e.target.value)} type="email" />
      <input value={password} onChange={(e) => setPassword(e.target.value)} type="password" />
      {error ? <p role="alert">Could not sign you in.</p> : null}
      <button type="submit">Continue</button>
    </form>
  );
}
