import { onCall, HttpsError } from "firebase-functions/v2/https";
import { getAuth } from "firebase-admin/auth";
import { getFirestore } from "firebase-admin/firestore";

const ROLES = ["member", "coach"] as const;

export const setCoachRole = onCall(async (request) => {
  if (!request.auth) {
    throw new HttpsError("unauthenticated", "Sign in first");
  }
  if (request.auth.token.role !== "admin") {
    throw new HttpsError("permission-denied", "Admins only");
  }

  const { uid, role } = request.data as { uid: string; role: (typeof ROLES)[number] };
  if (!uid || !ROLES.includes(role)) {
    throw new HttpsError("invalid-argument", "uid and a valid role are required");
  }

  await getAuth().setCustomUserClaims(uid, { role });
  await getFirestore().collection("members").doc(uid).set({ role }, { merge: true });
  return { ok: true };
});
