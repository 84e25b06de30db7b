import { NextRequest, NextResponse } from "next/server";
import crypto from "node:crypto";
import { triggerDeploy } from "@/lib/deploy";

function verifySignature(payload: string, header: string | null): boolean {
  if (!header) return false;
  const expected = Buffer.from(
    "sha256=" + crypto.createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET!).update(payload).digest("hex")
  );
  const received = Buffer.from(header);
  return expected.length === received.length && crypto.timingSafeEqual(expected, received);
}

export async function POST(req: NextRequest) {
  const payload = await req.text();

  if (!verifySignature(payload, req.headers.get("x-hub-signature-256"))) {
    return NextResponse.json({ error: "Invalid signature" }, { status: 401 });
  }

  const body = JSON.parse(payload);
  if (req.headers.get("x-github-event") === "push" && body.ref === "refs/heads/main") {
    await triggerDeploy({ repo: body.repository.full_name, sha: body.after });
    return NextResponse.json({ deployed: true });
  }
  return NextResponse.json({ ignored: true });
}
