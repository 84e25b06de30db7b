import * as Sentry from '@sentry/nextjs'

Sentry.init({
  dsn: 'https://263544c9145ebcb69d102e5a8263228d@o790731.ingest.us.sentry.io/6847941',
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  integrations: [Sentry.replayIntegration({ maskAllText: true, blockAllMedia: true })],
})
