interface Card {
  id: string;
  title: string;
  assignee?: string;
  column: "todo" | "doing" | "done";
}

const columns = {
  todo: document.querySelector<HTMLElement>("#col-todo")!,
  doing: document.querySelector<HTMLElement>("#col-doing")!,
  done: document.querySelector<HTMLElement>("#col-done")!,
};

export function renderBoard(cards: Card[]) {
  (Object.keys(columns) as Card["column"][]).forEach((key) => {
    columns[key].innerHTML = cards
      .filter((c) => c.column === key)
      .map(
        (c) => `<div class="card" draggable="true" data-id="${c.id}">
          <span class="title">${c.title}</span>
          ${c.assignee ? `<span class="avatar">${c.assignee}</span>` : ""}
        </div>`,
      )
      .join("");
  });
}

export async function loadBoard(boardId: string) {
  const res = await fetch(`/api/boards/${boardId}/cards`);
  renderBoard(await res.json());
}
