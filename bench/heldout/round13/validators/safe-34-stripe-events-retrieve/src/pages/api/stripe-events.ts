import type { APIRoute } from "astro";
import Stripe from "stripe";
import { markOrderPaid } from "../../lib/orders";

const stripe = new Stripe(import.meta.env.STRIPE_SECRET_KEY);

export const POST: APIRoute = async ({ request }) => {
  let id: unknown;
  try {
    ({ id } = await request.json());
  } catch {
    return new Response("bad json", { status: 400 });
  }
  if (typeof id !== "string" || !id.startsWith("evt_")) return new Response("bad id", { status: 400 });

  const event = await stripe.events.retrieve(id);
  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    if (session.payment_status === "paid" && session.metadata?.orderId) {
      await markOrderPaid(session.metadata.orderId, session.amount_total ?? 0);
    }
  }
  return new Response(null, { status: 204 });
};
