import sgMail from "@sendgrid/mail";
import { NextResponse } from "next/server";

sgMail.setApiKey("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");

export async function POST(request: Request) {
  const { name, email, message } = await request.json();

  if (!name || !email || !message) {
    return NextResponse.json({ error: "All fields are required" }, { status: 400 });
  }

  await sgMail.send({
    to: "hello@brightside-bakery.example",
    from: "noreply@brightside-bakery.example",
    replyTo: email,
    subject: `New message from ${name}`,
    text: message,
  });

  return NextResponse.json({ sent: true });
}
