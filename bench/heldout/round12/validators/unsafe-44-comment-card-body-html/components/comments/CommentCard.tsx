import { formatDistanceToNow } from "date-fns";
import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar";

export interface CommentCardProps {
  author: { name: string; avatarUrl?: string | null };
  body: string;
  createdAt: string;
  edited?: boolean;
}

export function CommentCard({ author, body, createdAt, edited }: CommentCardProps) {
  return (
    <article className="flex gap-3 py-4">
      <Avatar className="h-8 w-8">
        {author.avatarUrl ? <AvatarImage src={author.avatarUrl} alt="" /> : null}
        <AvatarFallback>{author.name.slice(0, 2).toUpperCase()}</AvatarFallback>
      </Avatar>
      <div className="min-w-0 flex-1">
        <header className="flex items-center gap-2 text-sm">
          <span className="font-medium">{author.name}</span>
          <time className="text-muted-foreground" dateTime={createdAt}>
            {formatDistanceToNow(new Date(createdAt), { addSuffix: true })}
          </time>
          {edited && <span className="text-xs text-muted-foreground">(edited)</span>}
        </header>
        <div
          className="prose prose-sm mt-1 max-w-none"
          dangerouslySetInnerHTML={{ __html: body.replace(/\n/g, "<br />") }}
        />
      </div>
    </article>
  );
}
