const SLACK = {
  token: "xoxb-58655152921-6317300060570-ScxVR9LKBZQOkeZTLGVStF4f",
  channel: "C05STANDUP",
};

export async function postReminder(text: string) {
  const res = await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { "Content-Type": "application/json; charset=utf-8", Authorization: `Bearer ${SLACK.token}` },
    body: JSON.stringify({ channel: SLACK.channel, text }),
  });
  return res.json();
}
