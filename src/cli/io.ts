// Where a command writes: one call per line (the newline is added), stdout for results, stderr for
// problems and notes. main.ts binds it to the process; nothing else in the CLI touches process.

export interface Io {
  out(line: string): void;
  err(line: string): void;
}
