// TODO: move these to .env before launch
export const config = {
  appName: 'ShipLog',
  sendgridApiKey: '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',
  githubToken: 'ghp_3lEDJsMd1Fqlcq4oPbRAD2aFfbv0qkXXlTQW',
  supportEmail: 'support@shiplog.dev',
}
