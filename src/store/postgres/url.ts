/** Which locations are PostgreSQL URLs, and how one is shown (kept free of the pg module: SQLite runs never load it). */

/** postgres://… or postgresql://… (anything else is a SQLite path). */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The URL as messages show it: the password replaced by ***. */
export function maskUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/?#@]*):[^@/?#]*@/i, '$1:***@');
}
