import { describe, it, expect, beforeAll } from "vitest";
import Stripe from "stripe";

const FAKE_WEBHOOK_SECRET = "whsec_test_secret";
const FAKE_API_KEY = "sk_test_123";

describe("stripe webhook", () => {
  let stripe: Stripe;

  beforeAll(() => {
    process.env.STRIPE_SECRET_KEY = FAKE_API_KEY;
    process.env.STRIPE_WEBHOOK_SECRET = FAKE_WEBHOOK_SECRET;
    stripe = new Stripe(FAKE_API_KEY);
  });

  it("rejects a bad signature", async () => {
    const { POST } = await import("../app/api/webhooks/stripe/route");
    const res = await POST(
      new Request("http://localhost/api/webhooks/stripe", {
        method: "POST",
        body: JSON.stringify({ type: "checkout.session.completed" }),
        headers: { "stripe-signature": "t=1,v1=deadbeef" },
      })
    );
    expect(res.status).toBe(400);
  });

  it("accepts a signed payload", async () => {
    const payload = JSON.stringify({ id: "evt_test", object: "event", type: "ping", data: { object: {} } });
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret: FAKE_WEBHOOK_SECRET });
    const { POST } = await import("../app/api/webhooks/stripe/route");
    const res = await POST(
      new Request("http://localhost/api/webhooks/stripe", {
        method: "POST",
        body: payload,
        headers: { "stripe-signature": header },
      })
    );
    expect(res.status).toBe(200);
  });
});
