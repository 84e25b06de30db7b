import Koa from "koa";
import Router from "@koa/router";
import * as cp from "node:child_process";
import { promisify } from "node:util";

const sh = promisify(cp.exec);
const app = new Koa();
const router = new Router();

router.get("/thumb", async (ctx) => {
  const file = String(ctx.query.file ?? "");
  const size = String(ctx.query.size ?? "256x256");
  if (!file) ctx.throw(400, "file is required");

  const out = `/tmp/thumbs/${size}-${file}`;
  await sh("convert uploads/" + file + " -resize " + size + " " + out);

  ctx.type = "image/jpeg";
  ctx.body = (await import("node:fs")).createReadStream(out);
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
