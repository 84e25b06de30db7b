import { createHmac, timingSafeEqual } from "node:crypto";

export function verifyGithubSignature(rawBody: Buffer, header: string | undefined, secret: string) {
  if (!header?.startsWith("sha256=")) return false;
  const expected = Buffer.from("sha256=" + createHmac("sha256", secret).update(rawBody).digest("hex"));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
