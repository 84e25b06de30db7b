const express = require("express");
const helmet = require("helmet");
const posts = require("./routes/posts");

const app = express();
app.use(helmet());
app.use(express.json({ limit: "100kb" }));
app.use("/api/posts", posts);

app.listen(process.env.PORT || 4000);
