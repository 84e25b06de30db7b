const Koa = require("koa");
const Router = require("@koa/router");
const bodyParser = require("koa-bodyparser");
const cp = require("child_process");
const { randomUUID } = require("crypto");

const app = new Koa();
const router = new Router();

router.post("/api/clips", async (ctx) => {
  const { url, start, duration } = ctx.request.body;
  const out = `/tmp/${randomUUID()}.mp4`;
  cp.execSync("ffmpeg -y -ss " + start + " -t " + duration + " -i " + url + " -c copy " + out);
  ctx.body = { file: out };
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3000);
