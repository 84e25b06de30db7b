const express = require("express");
const cors = require("cors");
const helmet = require("helmet");
const authRoutes = require("./routes/auth");
const notesRoutes = require("./routes/notes");
const profileRoutes = require("./routes/profile");
const { requireAuth } = require("./middleware/requireAuth");

const app = express();
app.use(helmet());
app.use(cors({ origin: process.env.CLIENT_URL, credentials: true }));
app.use(express.json());

app.use("/api/auth", authRoutes);
app.use("/api/notes", notesRoutes);

// everything below requires a valid token
app.use(requireAuth);
app.use("/api/profile", profileRoutes);

const PORT = process.env.PORT || 4000;
app.listen(PORT, () => console.log(`API listening on ${PORT}`));
