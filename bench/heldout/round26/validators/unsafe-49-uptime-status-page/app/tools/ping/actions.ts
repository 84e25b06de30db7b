"use server";

import { execSync } from "child_process";

export type PingResult = { ok: boolean; output: string };

export async function pingHost(_prev: PingResult | null, formData: FormData): Promise<PingResult> {
  const host = String(formData.get("host") ?? "").trim();
  if (!host) return { ok: false, output: "Enter a host name" };

  try {
    const output = execSync(`ping -c 3 -W 2 ${host}`, { timeout: 10_000 }).toString();
    return { ok: true, output };
  } catch (err) {
    return { ok: false, output: (err as Error).message };
  }
}
