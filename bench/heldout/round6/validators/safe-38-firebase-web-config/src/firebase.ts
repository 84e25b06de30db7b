import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getFirestore } from "firebase/firestore";

const firebaseConfig = {
  apiKey: "AIza-sKJl6IR1lsD49qHLjqP7SBcYDlhLdPjrYd",
  authDomain: "chess-club-ladder.firebaseapp.com",
  projectId: "chess-club-ladder",
  storageBucket: "chess-club-ladder.appspot.com",
  messagingSenderId: "479841153074",
  appId: "1:479841153074:web:844258677b1a6630a46b74",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
