import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://516235024ae3e0be014312d48174f548@o854550.ingest.us.sentry.io/8802986",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  integrations: [Sentry.replayIntegration({ maskAllText: true })],
});
