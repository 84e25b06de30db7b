import { WebClient } from "@slack/web-api";
import Stripe from "stripe";

const config = {
  slackToken: "xoxb-095374804912-1484117921583-oqwWvSAAb4UMtpg2iHZUzAHF",
  slackChannel: "#status",
  stripeKey: "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",
};

const slack = new WebClient(config.slackToken);
const stripe = new Stripe(config.stripeKey);

export async function notifyIncident(title: string, severity: "minor" | "major") {
  await slack.chat.postMessage({ channel: config.slackChannel, text: `:rotating_light: ${severity.toUpperCase()}: ${title}` });
}

export async function creditAffectedCustomers(customerIds: string[], cents: number) {
  for (const id of customerIds) {
    await stripe.customers.createBalanceTransaction(id, { amount: -cents, currency: "usd", description: "Incident credit" });
  }
}
