export function ProjectDetailPage() {
  return <div>ProjectDetailPage</div>;
}
