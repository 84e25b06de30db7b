import { FormEvent, useState } from "react";
import { useNavigate } from "react-router-dom";

export function LoginForm() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState("");
  const navigate = useNavigate();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const res = await fetch(
      `/api/login?email=${encodeURIComponent(email)}&password=${encodeURIComponent(password)}`,
      { credentials: "include" },
    );
    if (!res.ok) {
      setError("Wrong email or password");
      return;
    }
    navigate("/quizzes");
  }

  return (
    <form onSubmit={onSubmit}>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      {error && <p role="alert">{error}</p>}
      <button>Log in</button>
    </form>
  );
}
