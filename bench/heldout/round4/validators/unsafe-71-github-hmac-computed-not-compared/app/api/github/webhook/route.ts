import { NextRequest, NextResponse } from "next/server";
import crypto from "node:crypto";
import { triggerDeploy } from "@/lib/deploy";

export async function POST(req: NextRequest) {
  const payload = await req.text();
  const signature = req.headers.get("x-hub-signature-256");
  const eventName = req.headers.get("x-github-event");

  const digest =
    "sha256=" +
    crypto.createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET ?? "").update(payload).digest("hex");
  console.log("github webhook", { eventName, signature, digest });

  const body = JSON.parse(payload);

  if (eventName === "push" && body.ref === "refs/heads/main") {
    await triggerDeploy({ repo: body.repository.full_name, sha: body.after });
    return NextResponse.json({ deployed: true });
  }

  return NextResponse.json({ ignored: true });
}
