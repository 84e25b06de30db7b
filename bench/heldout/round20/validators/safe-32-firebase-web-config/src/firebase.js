import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getFirestore } from "firebase/firestore";

const firebaseConfig = {
  apiKey: "AIzaSydrGyFneztXCt8syzy0MwNJOc2OaW1iq6D",
  authDomain: "plant-care-diary.firebaseapp.com",
  projectId: "plant-care-diary",
  storageBucket: "plant-care-diary.appspot.com",
  messagingSenderId: "418203957712",
  appId: "1:418203957712:web:8c2f5e1a9b3d4c7e6f0a12",
  measurementId: "G-8FG2Y2W3E4",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
