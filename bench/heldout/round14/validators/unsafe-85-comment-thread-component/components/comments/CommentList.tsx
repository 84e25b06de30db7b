"use client";

import useSWR from "swr";
import { CommentItem, type Comment } from "./CommentItem";

const fetcher = (url: string) => fetch(url).then((r) => r.json());

export function CommentList({ postId }: { postId: string }) {
  const { data } = useSWR<Comment[]>(`/api/posts/${postId}/comments`, fetcher);
  return <div>{data?.map((c) => <CommentItem key={c.id} comment={c} />)}</div>;
}
