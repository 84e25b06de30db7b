import { createSafeActionClient } from "next-safe-action";

export const action = createSafeActionClient({
  handleServerError(e) {
    console.error(e);
    return "Something went wrong";
  },
});
