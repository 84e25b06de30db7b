const SLACK_WEBHOOK = "https://hooks.slack.com/services/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";

export async function alert(text: string) {
  await fetch(SLACK_WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text }),
  });
}
