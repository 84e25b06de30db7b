"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { limit } from "@/lib/rate-limit";

const Email = z.string().email().max(254);

export async function joinWaitlist(_prev: unknown, formData: FormData) {
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0] ?? "unknown";
  if (!(await limit(`waitlist:${ip}`, 5))) return { ok: false, message: "Too many attempts" };
  const parsed = Email.safeParse(formData.get("email"));
  if (!parsed.success) return { ok: false, message: "Please enter a valid email" };
  const supabase = await createClient();
  const { error } = await supabase.from("waitlist").insert({ email: parsed.data.toLowerCase() });
  if (error && error.code !== "23505") return { ok: false, message: "Something went wrong" };
  return { ok: true, message: "You're on the list" };
}
