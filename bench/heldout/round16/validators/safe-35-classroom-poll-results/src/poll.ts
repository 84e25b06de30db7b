type Option = { label: string; votes: number };

export function renderPoll(container: HTMLElement, options: Option[]) {
  const total = options.reduce((n, o) => n + o.votes, 0) || 1;
  container.replaceChildren(
    ...options.map((o) => {
      const row = document.createElement("div");
      row.className = "poll-row";
      const label = document.createElement("span");
      label.textContent = o.label;
      const bar = document.createElement("div");
      bar.className = "bar";
      bar.style.width = `${Math.round((o.votes / total) * 100)}%`;
      row.append(label, bar);
      return row;
    })
  );
}
