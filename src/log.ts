/** Plain line logging to stderr: `<time> <LEVEL> <message>`. */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';
export type Log = (level: LogLevel, message: string) => void;

export function consoleLog(minLevel: LogLevel = 'info'): Log {
  const order: LogLevel[] = ['error', 'warn', 'info', 'debug'];
  const threshold = order.indexOf(minLevel);
  return (level, message) => {
    if (order.indexOf(level) > threshold) return;
    process.stderr.write(`${new Date().toISOString()} ${level.toUpperCase()} ${message}\n`);
  };
}

export const silentLog: Log = () => {};
