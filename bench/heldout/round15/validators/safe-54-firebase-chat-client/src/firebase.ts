import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getFirestore } from "firebase/firestore";

const firebaseConfig = {
  apiKey: "AIzaHouu5R4S3pEbjUHpAVSf1sUGJKDh4mcUHgB",
  authDomain: "chatterbox-7f3a1.firebaseapp.com",
  projectId: "chatterbox-7f3a1",
  storageBucket: "chatterbox-7f3a1.appspot.com",
  messagingSenderId: "418230557719",
  appId: "1:418230557719:web:9c2e0b71d4a6f3e8b15c2d",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
