import { FormEvent, useState } from "react";
import { useNavigate } from "react-router-dom";

export function LoginForm() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState("");
  const navigate = useNavigate();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const res = await fetch("/api/login", {
      method: "POST",
      credentials: "include",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    if (!res.ok) {
      setError("Wrong email or password");
      return;
    }
    navigate("/games");
  }

  return (
    <form onSubmit={onSubmit} method="post">
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
      {error && <p role="alert">{error}</p>}
      <button>Log in</button>
    </form>
  );
}
