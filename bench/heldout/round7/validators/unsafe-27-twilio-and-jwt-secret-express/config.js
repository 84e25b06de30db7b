module.exports = {
  port: process.env.PORT || 3001,
  jwtSecret: "w49gQMSgQ0veudyEynVqZH60-habit-tracker",
  twilio: {
    accountSid: "AC6dffec8f32b985a80e63d5526301048b",
    authToken: "9a35a73b89dfe371e408a243dce25b8f",
    from: "+15017122661",
  },
};
