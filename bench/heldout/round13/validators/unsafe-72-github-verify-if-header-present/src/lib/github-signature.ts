import { createHmac, timingSafeEqual } from "node:crypto";

export function verifyGithubSignature(payload: string, header: string, secret: string) {
  const expected = "sha256=" + createHmac("sha256", secret).update(payload).digest("hex");
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}
