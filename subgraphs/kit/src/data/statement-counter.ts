import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/** Counts SQL statements sent to the database, for `/metrics` and the benchmark; logs nothing. */
export class StatementCounter extends AbstractLogger {
  total = 0;

  override logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.total++;
  }

  protected writeLog(_level: LogLevel, _message: string | number | LogMessage | (string | number | LogMessage)[]): void {}
}
