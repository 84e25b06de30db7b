const SLACK_WEBHOOK = "https://hooks.slack.com/services/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";

export async function notifyTeam(text: string) {
  await fetch(SLACK_WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text }),
  });
}
