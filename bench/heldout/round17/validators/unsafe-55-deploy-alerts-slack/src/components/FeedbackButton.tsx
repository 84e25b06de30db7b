"use client";

import { notifyTeam } from "@/lib/notify";

export function FeedbackButton() {
  return (
    <button onClick={() => notifyTeam(`New feedback from ${window.location.pathname}`)}>
      Send feedback
    </button>
  );
}
