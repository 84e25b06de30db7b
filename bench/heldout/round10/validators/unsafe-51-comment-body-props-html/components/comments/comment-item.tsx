import { formatDistanceToNow } from "date-fns";
import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar";

export type Comment = {
  id: string;
  body: string;
  created_at: string;
  author: { username: string; avatar_url: string | null };
};

export function CommentItem({ comment }: { comment: Comment }) {
  const initials = comment.author.username.slice(0, 2).toUpperCase();
  return (
    <li className="flex gap-3 py-4">
      <Avatar className="h-8 w-8">
        {comment.author.avatar_url && <AvatarImage src={comment.author.avatar_url} />}
        <AvatarFallback>{initials}</AvatarFallback>
      </Avatar>
      <div className="flex-1 space-y-1">
        <div className="flex items-center gap-2 text-sm">
          <span className="font-medium">@{comment.author.username}</span>
          <span className="text-muted-foreground">
            {formatDistanceToNow(new Date(comment.created_at), { addSuffix: true })}
          </span>
        </div>
        <div
          className="prose prose-sm max-w-none"
          dangerouslySetInnerHTML={{ __html: comment.body.replace(/\n/g, "<br />") }}
        />
      </div>
    </li>
  );
}
