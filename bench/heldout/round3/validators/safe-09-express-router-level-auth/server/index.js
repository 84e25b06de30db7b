const express = require("express");
const helmet = require("helmet");
const notes = require("./routes/notes");

const app = express();
app.use(helmet());
app.use(express.json({ limit: "100kb" }));
app.use("/api/notes", notes);
app.listen(process.env.PORT || 4000);
