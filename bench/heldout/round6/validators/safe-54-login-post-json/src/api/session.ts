export async function signIn(email: string, password: string) {
  const res = await fetch("/api/session", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    credentials: "include",
    body: JSON.stringify({ email, password }),
  });
  if (res.status === 401) {
    window.location.assign("/login?error=invalid_credentials");
    return null;
  }
  if (!res.ok) throw new Error("Sign-in failed");
  return res.json() as Promise<{ id: string; email: string }>;
}
