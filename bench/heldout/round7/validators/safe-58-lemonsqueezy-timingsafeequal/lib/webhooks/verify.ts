import crypto from "node:crypto";

export function verifyHmacSha256(rawBody: string, signatureHex: string | null, secret: string): boolean {
  if (!signatureHex) return false;
  const digest = Buffer.from(crypto.createHmac("sha256", secret).update(rawBody).digest("hex"), "utf8");
  const signature = Buffer.from(signatureHex, "utf8");
  return digest.length === signature.length && crypto.timingSafeEqual(digest, signature);
}
