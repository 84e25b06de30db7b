import "server-only";

const BASE = "https://api.lockers.example/v1";

function authHeader() {
  const user = process.env.LOCKERS_API_USER ?? "";
  const pass = process.env.LOCKERS_API_PASS ?? "";
  return "Basic " + Buffer.from(`${user}:${pass}`).toString("base64");
}

export async function reserveLocker(siteId: string, size: "S" | "M" | "L") {
  const res = await fetch(`${BASE}/sites/${encodeURIComponent(siteId)}/reservations`, {
    method: "POST",
    headers: { Authorization: authHeader(), "Content-Type": "application/json" },
    body: JSON.stringify({ size }),
  });
  if (!res.ok) throw new Error(`lockers api ${res.status}`);
  return res.json();
}
