import nodemailer from "nodemailer";
import { NextResponse } from "next/server";
import { z } from "zod";

const transport = nodemailer.createTransport("smtps://hello%40bakeryco.com:HJpphHJP9EZ8KSLG@smtp.zoho.eu:465");

const Body = z.object({ name: z.string().min(1), email: z.string().email(), message: z.string().min(5).max(2000) });

export async function POST(req: Request) {
  const parsed = Body.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid form" }, { status: 400 });
  await transport.sendMail({
    from: "hello@bakeryco.com",
    to: "hello@bakeryco.com",
    replyTo: parsed.data.email,
    subject: `Contact form: ${parsed.data.name}`,
    text: parsed.data.message,
  });
  return NextResponse.json({ ok: true });
}
