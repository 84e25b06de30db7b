import type { APIRoute } from "astro";
import sgMail from "@sendgrid/mail";

export const prerender = false;

sgMail.setApiKey("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");

export const POST: APIRoute = async ({ request }) => {
  const form = await request.formData();
  const name = String(form.get("name") ?? "").slice(0, 100);
  const email = String(form.get("email") ?? "");
  const message = String(form.get("message") ?? "").slice(0, 5000);
  if (!email.includes("@") || !message) {
    return new Response(JSON.stringify({ error: "Please fill in every field" }), { status: 400 });
  }

  await sgMail.send({
    to: "hello@studio-north.example",
    from: "no-reply@studio-north.example",
    replyTo: email,
    subject: `New message from ${name}`,
    text: message,
  });
  return new Response(JSON.stringify({ ok: true }), { status: 200 });
};
