const express = require("express");
const { google } = require("googleapis");
const { issueSessionToken } = require("../services/tokens");
const { upsertGoogleUser } = require("../services/users");

const router = express.Router();

const oauth2 = new google.auth.OAuth2(
  process.env.GOOGLE_CLIENT_ID,
  process.env.GOOGLE_CLIENT_SECRET,
  `${process.env.API_URL}/auth/google/callback`
);

router.get("/google/callback", async (req, res) => {
  if (!req.query.state || req.query.state !== req.session.oauthState) {
    return res.redirect(`${process.env.CLIENT_URL}/login?error=state_mismatch`);
  }
  try {
    const { tokens } = await oauth2.getToken(req.query.code);
    oauth2.setCredentials(tokens);
    const { data: profile } = await google.oauth2({ version: "v2", auth: oauth2 }).userinfo.get();
    const user = await upsertGoogleUser(profile);

    res.cookie("session", issueSessionToken(user), {
      httpOnly: true,
      secure: true,
      sameSite: "lax",
      maxAge: 7 * 24 * 60 * 60 * 1000,
    });
    res.redirect(`${process.env.CLIENT_URL}/dashboard`);
  } catch (err) {
    res.redirect(`${process.env.CLIENT_URL}/login?error=oauth_failed`);
  }
});

module.exports = router;
