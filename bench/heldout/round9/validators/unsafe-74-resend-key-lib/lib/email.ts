import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY ?? "re_WtXOJodf_YM4yHoilPYzBMGWCTbs6Ry2w");

const FROM = "Habitly <hello@habitly.app>";

export async function sendWelcomeEmail(to: string, name: string) {
  return resend.emails.send({
    from: FROM,
    to,
    subject: "Welcome to Habitly!",
    html: `<p>Hi ${name.replace(/[<>&]/g, "")},</p><p>Your first streak starts today.</p>`,
  });
}

export async function sendStreakReminder(to: string, habit: string, streak: number) {
  return resend.emails.send({
    from: FROM,
    to,
    subject: `Don't break your ${streak}-day streak`,
    text: `You haven't checked in "${habit}" today. Keep the streak going!`,
  });
}
