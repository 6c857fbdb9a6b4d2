/**
 * Exports that people open in a spreadsheet. A cell that starts with = + - @ (or a tab, carriage return
 * or NUL) is read by Excel, LibreOffice and Google Sheets as a formula, so text typed by one participant
 * could run a formula on the machine of whoever opens the export ("CSV injection").
 *
 * We follow the OWASP recommendation (OWASP ASVS 5.0 V1.2.10, OWASP "CSV Injection"): such a cell is
 * prefixed with a single quote ('), which spreadsheets read as "this is text" and do not show; the CSV
 * writer then quotes the field by RFC 4180 where needed. A reader that parses the file as plain CSV sees
 * the quote: that is the accepted price for not running formulas.
 */
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\0'];

export function startsLikeFormula(cell: string): boolean {
  return cell.length > 0 && FORMULA_TRIGGERS.includes(cell[0]);
}

/** The cell as a spreadsheet will show it as text, never evaluate it. */
export function neutralizeFormula(cell: string): string {
  return startsLikeFormula(cell) ? `'${cell}` : cell;
}
