export const config = {
  port: Number(process.env.PORT ?? 3000),
  twilio: {
    accountSid: "AC3ed787d0420e43eb6a6a1f999361127e",
    authToken: "bb01b15c701bf337a7d00fce012600df",
    from: "+15005550006",
  },
  reminderLeadMinutes: 60,
};
