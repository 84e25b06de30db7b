import React from "react";
import ReactDOM from "react-dom/client";
import posthog from "posthog-js";
import { PostHogProvider } from "posthog-js/react";
import App from "./App";
import "./index.css";

posthog.init("phc_0gpWv78pvcgc6cIcbonlfN0wvUyT1XaYUBoXMdetlbU", { api_host: "https://us.i.posthog.com" });

ReactDOM.createRoot(document.getElementById("root")!).render(
  <React.StrictMode>
    <PostHogProvider client={posthog}>
      <App />
    </PostHogProvider>
  </React.StrictMode>
);
