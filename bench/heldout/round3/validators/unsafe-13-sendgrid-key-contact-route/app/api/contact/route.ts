import sgMail from "@sendgrid/mail";
import { NextResponse } from "next/server";

sgMail.setApiKey("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");

export async function POST(req: Request) {
  const { name, email, message } = await req.json();
  if (!name || !email || !message) {
    return NextResponse.json({ error: "All fields are required" }, { status: 400 });
  }

  await sgMail.send({
    to: "hello@acme-studio.dev",
    from: "noreply@acme-studio.dev",
    replyTo: email,
    subject: `New message from ${name}`,
    text: message,
  });

  return NextResponse.json({ ok: true });
}
