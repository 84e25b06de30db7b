import sgMail from "@sendgrid/mail";

sgMail.setApiKey("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");

export async function announce(to: string[], subject: string, text: string) {
  await sgMail.sendMultiple({ to, from: "releases@example.dev", subject, text });
}
