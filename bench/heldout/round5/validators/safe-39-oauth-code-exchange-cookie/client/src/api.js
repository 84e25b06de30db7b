export async function fetchEntries(page = 1, token) {
  const res = await fetch(`/api/entries?page=${page}&limit=20`, {
    headers: { Authorization: `Bearer ${token}` },
    credentials: "include",
  });
  if (!res.ok) throw new Error("Failed to load entries");
  return res.json();
}
