import { Resend } from "resend";
import { config } from "@/config";

const resend = new Resend(config.mail.resendApiKey);

export async function sendInvite(to: string, inviter: string) {
  return resend.emails.send({
    from: config.mail.from,
    to,
    subject: `${inviter} invited you to ${config.appName}`,
    html: `<p>Join the ladder at <a href="${config.siteUrl}">${config.siteUrl}</a></p>`,
  });
}
