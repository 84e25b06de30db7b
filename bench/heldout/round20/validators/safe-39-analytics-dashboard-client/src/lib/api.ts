import { supabase } from "./supabase";

const API = import.meta.env.VITE_API_URL as string;

export async function apiGet<T>(path: string, params: Record<string, string> = {}): Promise<T> {
  const { data } = await supabase.auth.getSession();
  const token = data.session?.access_token;
  if (!token) throw new Error("Not signed in");
  const qs = new URLSearchParams(params);
  const res = await fetch(`${API}${path}?${qs.toString()}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`Request failed: ${res.status}`);
  return res.json() as Promise<T>;
}
