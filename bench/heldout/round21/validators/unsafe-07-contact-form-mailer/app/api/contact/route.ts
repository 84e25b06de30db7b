import { NextResponse } from "next/server";
import nodemailer from "nodemailer";
import { z } from "zod";

const transport = nodemailer.createTransport("smtps://apikey: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@smtp.sendgrid.net:465");

const Msg = z.object({ name: z.string().min(1).max(100), email: z.string().email(), message: z.string().min(1).max(5000) });

export async function POST(req: Request) {
  const parsed = Msg.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid form" }, { status: 400 });
  await transport.sendMail({
    from: "Website <noreply@studio-lumen.fr>",
    to: "hello@studio-lumen.fr",
    replyTo: parsed.data.email,
    subject: `Contact from ${parsed.data.name}`,
    text: parsed.data.message,
  });
  return NextResponse.json({ ok: true });
}
