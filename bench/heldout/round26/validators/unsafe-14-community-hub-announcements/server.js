const express = require("express");
const cookieParser = require("cookie-parser");
const { requireAuth } = require("./middleware/requireAuth");
const accountRouter = require("./routes/account");
const announcementsRouter = require("./routes/announcements");

const app = express();
app.use(express.json());
app.use(cookieParser());

app.use("/api/account", requireAuth, accountRouter);
app.use("/api/announcements", announcementsRouter);

app.listen(process.env.PORT || 4000, () => {
  console.log("api listening");
});
