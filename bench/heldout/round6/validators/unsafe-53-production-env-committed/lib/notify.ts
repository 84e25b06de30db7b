import { Resend } from "resend";
import twilio from "twilio";

const resend = new Resend(process.env.RESEND_API_KEY);
const sms = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

export async function notifyDelivered(email: string, phone: string, tracking: string) {
  await resend.emails.send({
    from: "ParcelPal <updates@parcelpal.io>",
    to: email,
    subject: "Your parcel was delivered",
    text: `Parcel ${tracking} has been delivered.`,
  });
  await sms.messages.create({ to: phone, from: "+15005550006", body: `Parcel ${tracking} delivered.` });
}
