/**
 * A text cell that starts with = + - @ (or a tab or carriage return, which some spreadsheets skip
 * before reading a formula) runs as a formula when the file is opened or re-saved: a business
 * name like `=HYPERLINK("http://…")` typed into a form must reach the spreadsheet as text. The
 * OWASP remedy: prefix a single quote. The importer removes it again (parse-row.ts).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
