import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://6433f7aef8d3294281f1a9b17d199683@o842460.ingest.us.sentry.io/1999748",
  tracesSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
  replaysSessionSampleRate: 0,
  integrations: [Sentry.replayIntegration()],
});
