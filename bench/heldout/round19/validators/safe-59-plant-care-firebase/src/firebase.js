import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getFirestore } from "firebase/firestore";

const firebaseConfig = {
  apiKey: "AIzaIE4Qtpaba1ErJL1PRozyzCfXsVZuJnIEi_U",
  authDomain: "plantpal-web.firebaseapp.com",
  projectId: "plantpal-web",
  storageBucket: "plantpal-web.appspot.com",
  messagingSenderId: "418273645012",
  appId: "1:418273645012:web:6f2c1d9a8b7e5f4c3d2e1a",
  measurementId: "G-6NNOQRM9HX",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
