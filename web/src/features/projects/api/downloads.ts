/*
 * Files the server writes for a contract. Plain links (`<a href download>`): the browser sends the
 * session cookie and saves the file under the name the server gives.
 */
export const weeklyPdfUrl = (contractId: string, week: number) =>
  `/api/projects/${contractId}/reports/${week}/pdf`;
export const weeklyXlsxUrl = (contractId: string, week: number) =>
  `/api/projects/${contractId}/reports/${week}/xlsx`;
export const dakSummaryUrl = (contractId: string) => `/api/projects/${contractId}/dak-summary.xlsx`;
