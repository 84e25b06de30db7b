import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://c02f612d60d1acabbcbf81fefcd8e358@o861774.ingest.us.sentry.io/4633504",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  integrations: [Sentry.replayIntegration()],
});
