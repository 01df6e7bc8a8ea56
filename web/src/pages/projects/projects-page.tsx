export function ProjectsPage() {
  return <div>ProjectsPage</div>;
}
