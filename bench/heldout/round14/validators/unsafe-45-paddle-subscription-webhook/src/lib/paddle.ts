import { createHmac, timingSafeEqual } from "node:crypto";

export function verifySignature(rawBody: string, header: string | null): boolean {
  if (!header) return false;
  const parts = Object.fromEntries(header.split(";").map((p) => p.split("=")));
  const expected = createHmac("sha256", process.env.PADDLE_WEBHOOK_SECRET!)
    .update(`${parts.ts}:${rawBody}`)
    .digest("hex");
  const a = Buffer.from(expected);
  const b = Buffer.from(parts.h1 ?? "");
  return a.length === b.length && timingSafeEqual(a, b);
}
