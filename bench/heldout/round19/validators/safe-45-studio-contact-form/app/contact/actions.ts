"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { Resend } from "resend";
import { limit } from "@/lib/rate-limit";

const resend = new Resend(process.env.RESEND_API_KEY);
const Contact = z.object({ name: z.string().min(1).max(80), email: z.string().email(), message: z.string().min(10).max(2000) });

export async function sendContact(_: unknown, formData: FormData) {
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0] ?? "unknown";
  if (!(await limit(`contact:${ip}`, 3, 3600))) return { error: "Too many messages, try later." };

  const parsed = Contact.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form." };

  await resend.emails.send({
    from: "Website <noreply@studio-lumen.com>",
    to: "hello@studio-lumen.com",
    replyTo: parsed.data.email,
    subject: `New message from ${parsed.data.name}`,
    text: parsed.data.message,
  });
  return { ok: true };
}
