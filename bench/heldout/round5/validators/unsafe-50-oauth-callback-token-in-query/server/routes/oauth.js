const express = require("express");
const { google } = require("googleapis");
const { issueTokens } = require("../services/tokens");
const { upsertGoogleUser } = require("../services/users");

const router = express.Router();

const oauth2 = new google.auth.OAuth2(
  process.env.GOOGLE_CLIENT_ID,
  process.env.GOOGLE_CLIENT_SECRET,
  `${process.env.API_URL}/auth/google/callback`
);

router.get("/google/callback", async (req, res) => {
  try {
    const { tokens } = await oauth2.getToken(req.query.code);
    oauth2.setCredentials(tokens);
    const { data: profile } = await google.oauth2({ version: "v2", auth: oauth2 }).userinfo.get();

    const user = await upsertGoogleUser(profile);
    const { accessToken, refreshToken } = issueTokens(user);

    res.redirect(
      `${process.env.CLIENT_URL}/auth/complete?access_token=${accessToken}&refresh_token=${refreshToken}`
    );
  } catch (err) {
    console.error("Google OAuth failed", err);
    res.redirect(`${process.env.CLIENT_URL}/login?error=oauth_failed`);
  }
});

module.exports = router;
