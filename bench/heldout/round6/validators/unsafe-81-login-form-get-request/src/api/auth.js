export async function login(username, password) {
  const res = await fetch(
    `/api/login?username=${encodeURIComponent(username)}&password=${encodeURIComponent(password)}`,
    { credentials: "include" }
  );
  if (!res.ok) throw new Error("Login failed");
  return res.json();
}
