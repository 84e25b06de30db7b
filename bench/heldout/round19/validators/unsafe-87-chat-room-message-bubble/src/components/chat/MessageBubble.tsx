import type { FC } from "react";

interface MessageBubbleProps {
  content: string;
  mine: boolean;
  sentAt: string;
}

const linkify = (text: string) =>
  text.replace(/(https?:\/\/[^\s]+)/g, '<a href="$1" target="_blank" rel="noreferrer">$1</a>').replace(/\n/g, "<br/>");

export const MessageBubble: FC<MessageBubbleProps> = ({ content, mine, sentAt }) => (
  <div className={mine ? "ml-auto bg-blue-600 text-white" : "mr-auto bg-muted"}>
    <div className="px-3 py-2 rounded-2xl" dangerouslySetInnerHTML={{ __html: linkify(content) }} />
    <time className="block text-xs opacity-60">{sentAt}</time>
  </div>
);
