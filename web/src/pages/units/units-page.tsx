export function UnitsPage() {
  return <div>UnitsPage</div>;
}
