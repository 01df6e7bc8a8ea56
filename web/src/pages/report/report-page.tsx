export function ReportPage() {
  return <div>ReportPage</div>;
}
