import { onCall, HttpsError } from "firebase-functions/v2/https";
import { initializeApp } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import { getFirestore } from "firebase-admin/firestore";

initializeApp();

export const setMemberRole = onCall(async (request) => {
  const { uid, role } = request.data as { uid: string; role: "member" | "coach" | "admin" };
  if (!uid || !role) {
    throw new HttpsError("invalid-argument", "uid and role are required");
  }

  await getAuth().setCustomUserClaims(uid, { role });
  await getFirestore().collection("members").doc(uid).set({ role }, { merge: true });

  return { ok: true };
});
