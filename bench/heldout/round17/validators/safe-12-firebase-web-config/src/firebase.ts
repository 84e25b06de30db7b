import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getAnalytics } from "firebase/analytics";
import * as Sentry from "@sentry/react";

const firebaseConfig = {
  apiKey: "AIzaz-69QhrhNGJVU_wb2pJSQzT405mDeyonWYj",
  authDomain: "plant-swap-club.firebaseapp.com",
  projectId: "plant-swap-club",
  storageBucket: "plant-swap-club.appspot.com",
  messagingSenderId: "493817260514",
  appId: "1:493817260514:web:8c1f0a6b2d3e4f5a6b7c8d",
  measurementId: "G-EE0EFOD6IZ",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const analytics = getAnalytics(app);

Sentry.init({ dsn: "https://31a542d8fbcc127ce65339781fe11e9c@o683322.ingest.sentry.io/9096488", tracesSampleRate: 0.1 });
