export function CataloguePage() {
  return <div>CataloguePage</div>;
}
