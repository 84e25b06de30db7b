import { supabase } from "./supabase";

const API = import.meta.env.VITE_API_URL as string;

export async function apiGet<T>(path: string, params: Record<string, string> = {}): Promise<T> {
  const { data } = await supabase.auth.getSession();
  const token = data.session?.access_token ?? "";
  const qs = new URLSearchParams({ ...params, access_token: token });
  const res = await fetch(`${API}${path}?${qs.toString()}`);
  if (!res.ok) throw new Error(`Request failed: ${res.status}`);
  return res.json() as Promise<T>;
}

export const getDashboard = () => apiGet<{ visits: number; signups: number }>("/v1/dashboard");
