export const integrations = {
  automation: {
    leadWebhook: "https://hooks:6tAx2bfU0EODWtiMu3MxPl@n8n.brightdesk.app/webhook/new-lead",
    timeoutMs: 8000,
  },
  queue: {
    url: "amqps://worker:jxo0wiABguU1ANfXuzw6@rabbit.brightdesk.app:5671/prod",
    prefetch: 10,
  },
} as const;

export async function forwardLead(lead: { name: string; email: string; source: string }) {
  await fetch(integrations.automation.leadWebhook, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(lead),
    signal: AbortSignal.timeout(integrations.automation.timeoutMs),
  });
}
