import { initializeApp, getApps } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getFirestore } from "firebase/firestore";

const firebaseConfig = {
  apiKey: "AIzaea3hHwzJ3eoWeIPgOj2Lt1FAk2E1Cd4sx6J",
  authDomain: "chessclub-ladder.firebaseapp.com",
  projectId: "chessclub-ladder",
  storageBucket: "chessclub-ladder.firebasestorage.app",
  messagingSenderId: "482913705521",
  appId: "1:482913705521:web:6c1d0e2f9a8b7c4d3e2f10",
};

export const app = getApps()[0] ?? initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
