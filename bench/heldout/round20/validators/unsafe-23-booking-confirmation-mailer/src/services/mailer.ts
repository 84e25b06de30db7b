import sgMail from "@sendgrid/mail";
import { APP_NAME, FROM_EMAIL, SENDGRID_KEY } from "../config/constants";

sgMail.setApiKey(SENDGRID_KEY);

export async function sendConfirmation(to: string, slot: Date) {
  await sgMail.send({
    to,
    from: FROM_EMAIL,
    subject: `${APP_NAME}: booking confirmed`,
    text: `Your booking for ${slot.toUTCString()} is confirmed.`,
  });
}
