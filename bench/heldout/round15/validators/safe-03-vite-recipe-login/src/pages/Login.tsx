import { useState } from "react";
import { supabase } from "../lib/supabase";
import { sanitizeRedirect } from "../lib/redirect";

export function Login() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [failed, setFailed] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { error } = await supabase.auth.signInWithPassword({ email, password });
    if (error) {
      setFailed(true);
      return;
    }
    const next = new URLSearchParams(window.location.search).get("next");
    window.location.assign(sanitizeRedirect(next));
  }

  return (
    <form onSubmit={submit}>
      <input value={email} onChange={(e) => setEmail(e.target.value)} type="email" required />
      <input value={password} onChange={(e) => setPassword(e.target.value)} type="password" required />
      {failed ? <p role="alert">Wrong email or password.</p> : null}
      <button type="submit">Log in</button>
    </form>
  );
}
