const BASE = "https://yeymalfhjzyhuoudvvxi.supabase.co/rest/v1";

export async function fetchMenu() {
  const res = await fetch(`${BASE}/menu_items?select=id,name,price_cents&available=eq.true`, {
    headers: {
      apikey: import.meta.env.VITE_SUPABASE_ANON_KEY,
      Authorization: `Bearer ${import.meta.env.VITE_SUPABASE_ANON_KEY}`,
    },
  });
  if (!res.ok) throw new Error("menu unavailable");
  return (await res.json()) as { id: string; name: string; price_cents: number }[];
}
