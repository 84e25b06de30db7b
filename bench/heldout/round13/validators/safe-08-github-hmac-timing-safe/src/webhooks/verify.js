const crypto = require("node:crypto");

function isValidSignature(rawBody, signatureHeader, secret) {
  if (typeof signatureHeader !== "string" || !signatureHeader.startsWith("sha256=")) return false;
  const expected = Buffer.from(
    "sha256=" + crypto.createHmac("sha256", secret).update(rawBody).digest("hex"),
    "utf8",
  );
  const received = Buffer.from(signatureHeader, "utf8");
  return expected.length === received.length && crypto.timingSafeEqual(expected, received);
}

module.exports = { isValidSignature };
