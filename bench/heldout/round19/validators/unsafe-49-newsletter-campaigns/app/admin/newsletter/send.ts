"use server";

import { ObjectId } from "mongodb";
import clientPromise from "@/lib/mongodb";
import { sendBatch } from "@/lib/mailer";

export async function sendCampaign(campaignId: string) {
  const db = (await clientPromise).db();
  const campaign = await db.collection("campaigns").findOne({ _id: new ObjectId(campaignId) });
  if (!campaign || campaign.sentAt) return { ok: false };

  const subs = await db.collection("subscribers").find({ confirmed: true }).project({ email: 1 }).toArray();
  await sendBatch(subs.map((s) => s.email), campaign.subject, campaign.html);
  await db.collection("campaigns").updateOne({ _id: campaign._id }, { $set: { sentAt: new Date() } });
  return { ok: true, count: subs.length };
}
