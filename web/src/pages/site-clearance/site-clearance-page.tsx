export function SiteClearancePage() {
  return <div>SiteClearancePage</div>;
}
