const express = require("express");
const cors = require("cors");
const posts = require("./routes/posts");

const app = express();
app.use(cors());
app.use(express.json());
app.use("/api/posts", posts);

app.listen(process.env.PORT || 4000, () => console.log("api up"));
