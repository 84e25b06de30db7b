import { Resend } from "resend";
import { env } from "./env";

const resend = new Resend(env.RESEND_API_KEY);

export function sendWelcome(to: string, name: string) {
  return resend.emails.send({
    from: "Habits <hello@habits.example>",
    to,
    subject: "Welcome!",
    text: `Hi ${name}, your first streak starts today.`,
  });
}
