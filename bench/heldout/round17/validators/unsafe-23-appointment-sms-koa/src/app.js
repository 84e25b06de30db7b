const Koa = require("koa");
const Router = require("@koa/router");
const bodyParser = require("koa-bodyparser");
const twilio = require("twilio");

const accountSid = "AC2dee75d7b56a17ed1a060fc44b0eaef4";
const authToken = "c7af06f760afc1ca96bf37b27814987b";
const client = twilio(accountSid, authToken);

const app = new Koa();
const router = new Router();

router.post("/api/reminders", async (ctx) => {
  if (!ctx.state.user) ctx.throw(401);
  const { phone, when } = ctx.request.body;
  await client.messages.create({ to: phone, from: process.env.TWILIO_FROM, body: `Reminder: your appointment is at ${when}` });
  ctx.body = { sent: true };
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
