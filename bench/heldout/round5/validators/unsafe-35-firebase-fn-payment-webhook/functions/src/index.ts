import { onRequest } from "firebase-functions/v2/https";
import { initializeApp } from "firebase-admin/app";
import { getFirestore, FieldValue } from "firebase-admin/firestore";
import * as logger from "firebase-functions/logger";

initializeApp();
const db = getFirestore();

export const stripeWebhook = onRequest({ region: "europe-west1" }, async (req, res) => {
  if (req.method !== "POST") {
    res.status(405).send("Method Not Allowed");
    return;
  }

  const sig = req.headers["stripe-signature"];
  if (!sig) {
    res.status(400).send("Missing signature");
    return;
  }

  const event = req.body;
  logger.info("Stripe event", { type: event.type, id: event.id });

  if (event.type === "checkout.session.completed") {
    const session = event.data.object;
    const uid = session.client_reference_id;
    await db.collection("users").doc(uid).set(
      {
        plan: "pro",
        stripeCustomerId: session.customer,
        upgradedAt: FieldValue.serverTimestamp(),
      },
      { merge: true }
    );
  }

  if (event.type === "customer.subscription.deleted") {
    const snap = await db.collection("users").where("stripeCustomerId", "==", event.data.object.customer).get();
    await Promise.all(snap.docs.map((d) => d.ref.update({ plan: "free" })));
  }

  res.json({ received: true });
});
