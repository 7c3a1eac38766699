// The colour of a grade (优/良/中/差) wherever it is shown.
export const gradeColor = (g: string) =>
  g === '优' ? 'green' : g === '良' ? 'blue' : g === '中' ? 'orange' : 'red';
