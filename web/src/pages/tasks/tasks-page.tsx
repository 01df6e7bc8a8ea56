export function TasksPage() {
  return <div>TasksPage</div>;
}
