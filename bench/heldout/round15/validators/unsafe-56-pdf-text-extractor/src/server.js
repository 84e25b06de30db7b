const Koa = require("koa");
const Router = require("@koa/router");
const bodyParser = require("koa-bodyparser");
const { spawn } = require("child_process");

const app = new Koa();
const router = new Router();

router.post("/extract", async (ctx) => {
  const { path: pdfPath, firstPage = 1 } = ctx.request.body;

  const text = await new Promise((resolve, reject) => {
    const child = spawn(`pdftotext -f ${firstPage} ${pdfPath} -`, { shell: true });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error("pdftotext " + code))));
  });

  ctx.body = { text };
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3000);
