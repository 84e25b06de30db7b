export const config = {
  appName: "Club Ladder",
  siteUrl: process.env.NEXT_PUBLIC_SITE_URL ?? "http://localhost:3000",
  mail: {
    from: "Club Ladder <noreply@clubladder.app>",
    resendApiKey: "re_Hk29dLw7_QmZpX3vVfJa0QAjeBB9oTATd",
  },
  features: { leaderboard: true, invites: true },
};
