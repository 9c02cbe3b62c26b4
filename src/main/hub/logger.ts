/** A minimal structured logger; the hub never logs tokens or ballot content. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** One line of the log: time, level, message and its fields as JSON. */
export function logLine(at: Date, level: string, message: string, fields?: Record<string, unknown>): string {
  return `${at.toISOString()} ${level} ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}`;
}

export function consoleLogger(): Logger {
  const line = (level: string, message: string, fields?: Record<string, unknown>) => logLine(new Date(), level, message, fields);
  return {
    info: (message, fields) => console.log(line('info', message, fields)),
    warn: (message, fields) => console.warn(line('warn', message, fields)),
    error: (message, fields) => console.error(line('error', message, fields)),
  };
}

/** Writes every line to each of the loggers (the console and the log file). */
export function teeLogger(...loggers: Logger[]): Logger {
  return {
    info: (message, fields) => loggers.forEach((logger) => logger.info(message, fields)),
    warn: (message, fields) => loggers.forEach((logger) => logger.warn(message, fields)),
    error: (message, fields) => loggers.forEach((logger) => logger.error(message, fields)),
  };
}
