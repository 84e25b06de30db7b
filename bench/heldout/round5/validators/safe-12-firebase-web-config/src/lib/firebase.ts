import { initializeApp, getApps } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getFirestore } from "firebase/firestore";

// Firebase web config is safe to ship to the browser; Firestore rules protect the data.
const firebaseConfig = {
  apiKey: "AIzaspcRyWR1rmRUySj3rKN2QkbvfKN7nXrO_TT",
  authDomain: "flashcards-study-app.firebaseapp.com",
  projectId: "flashcards-study-app",
  storageBucket: "flashcards-study-app.appspot.com",
  messagingSenderId: "990343236936",
  appId: "1:701210990013:web:c0d224e900f4d77fe81ad3",
};

export const app = getApps().length ? getApps()[0] : initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
