import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://974debb33a0cb345b397941f5889b5f1@o6072209.ingest.us.sentry.io/3076238",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  integrations: [Sentry.replayIntegration({ maskAllText: true, blockAllMedia: true })],
});
