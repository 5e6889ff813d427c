import { Writable } from 'node:stream';
import { createLogger, redactUrl } from '../../bot/logger';

it('never writes tokens, passwords or Authorization headers', () => {
  let written = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk);
      done();
    },
  });
  const logger = createLogger('info', sink);
  logger.info({ token: 'tok-SECRET-1', user: { password: 'pw-SECRET-2' }, req: { headers: { authorization: 'Bearer SECRET-3' } } }, 'login');
  expect(written).toContain('login');
  expect(written).not.toMatch(/SECRET/);
  expect(written).toContain('[redacted]');
});

it('hides credentials in connection strings', () => {
  expect(redactUrl('mongodb://admin:hunter2@db.example:27017/vsys')).toBe('mongodb://[redacted]@db.example:27017/vsys');
});
