import { NextResponse } from "next/server";
import { Resend } from "resend";
import { z } from "zod";

const resend = new Resend("re_evvg1EWT_98rx6uvQDaAFcHVydimfvteE");

const schema = z.object({
  name: z.string().min(1).max(100),
  email: z.string().email(),
  message: z.string().min(10).max(5000),
});

export async function POST(req: Request) {
  const parsed = schema.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ error: "Invalid form data" }, { status: 400 });
  }

  const { name, email, message } = parsed.data;

  const { error } = await resend.emails.send({
    from: "Bistro Contact <contact@updates.example.com>",
    to: ["owner@example.com"],
    replyTo: email,
    subject: `New message from ${name}`,
    text: message,
  });

  if (error) {
    return NextResponse.json({ error: "Could not send message" }, { status: 500 });
  }
  return NextResponse.json({ ok: true });
}
