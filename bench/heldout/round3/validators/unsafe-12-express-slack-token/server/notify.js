const { WebClient } = require("@slack/web-api");

const SLACK_BOT_TOKEN = "xoxb-173604580491-0109898244925-1gONkEjK45ikoMTEz0kkndV4";
const slack = new WebClient(SLACK_BOT_TOKEN);

async function notifyNewSignup(user) {
  await slack.chat.postMessage({
    channel: "#signups",
    text: `:tada: New signup: ${user.email} (${user.plan})`,
  });
}

module.exports = { notifyNewSignup };
