import sgMail from "@sendgrid/mail";
import twilio from "twilio";
import { WebClient } from "@slack/web-api";
import { Octokit } from "@octokit/rest";
import { GoogleGenerativeAI } from "@google/generative-ai";

sgMail.setApiKey("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");
const sms = twilio("ACa7bd820e788ed85570bb5f439985a3e9", "e09b8db7539d167f2729cb5af8e5d0ea");
const slack = new WebClient("xoxb-989859262480-9105112858476-1MD5AZojrDCv2mfMEtIfGefX");
const octokit = new Octokit({ auth: "ghp_FmuBtOlJ1cPg42SHcW8kjeHBj0dQQpeXUwah" });
const genai = new GoogleGenerativeAI("AIzahV809AY-0bdjLhG2Q89NC-y6ip16_J6otPW");
const ALERT_WEBHOOK = "https://hooks.slack.com/services/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";

export async function notifyBookingConfirmed(booking) {
  await sgMail.send({
    to: booking.email,
    from: "bookings@studiolane.app",
    subject: `You're booked: ${booking.slotLabel}`,
    text: `See you on ${booking.slotLabel}.`,
  });
  if (booking.phone) {
    await sms.messages.create({ to: booking.phone, from: "+15005550006", body: `Booked: ${booking.slotLabel}` });
  }
  await slack.chat.postMessage({ channel: "#bookings", text: `New booking ${booking.id}` });
}

export async function reportIncident(title, details) {
  const model = genai.getGenerativeModel({ model: "gemini-2.0-flash" });
  const summary = (await model.generateContent(`Summarize for an incident title: ${details}`)).response.text();
  await octokit.issues.create({ owner: "studiolane", repo: "ops", title, body: summary });
  await fetch(ALERT_WEBHOOK, { method: "POST", body: JSON.stringify({ text: `:rotating_light: ${title}` }) });
}
