const Router = require("@koa/router");
const crypto = require("crypto");
const { spawn } = require("child_process");

const router = new Router();

function verifySignature(rawBody, header, secret) {
  if (!header || !header.startsWith("sha256=")) return false;
  const expected = Buffer.from(
    "sha256=" + crypto.createHmac("sha256", secret).update(rawBody).digest("hex")
  );
  const received = Buffer.from(header);
  return expected.length === received.length && crypto.timingSafeEqual(expected, received);
}

router.post("/webhooks/github", async (ctx) => {
  const raw = ctx.request.rawBody; // koa-bodyparser with enableTypes json + rawBody
  if (!verifySignature(raw, ctx.get("x-hub-signature-256"), process.env.GITHUB_WEBHOOK_SECRET)) {
    ctx.status = 401;
    ctx.body = { error: "bad signature" };
    return;
  }

  const payload = JSON.parse(raw);
  if (ctx.get("x-github-event") === "push" && payload.ref === "refs/heads/main") {
    spawn("/opt/app/scripts/deploy.sh", [], { detached: true, stdio: "ignore" }).unref();
    ctx.status = 202;
    return;
  }
  ctx.status = 204;
});

module.exports = router;
