"use server";

import Stripe from "stripe";
import { redirect } from "next/navigation";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function cancelSubscription(formData: FormData) {
  const customerId = String(formData.get("customerId"));
  const subs = await stripe.subscriptions.list({ customer: customerId, status: "active" });
  for (const sub of subs.data) {
    await stripe.subscriptions.cancel(sub.id);
  }
  redirect("/settings/billing?cancelled=1");
}
