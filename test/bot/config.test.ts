import path from 'node:path';
import { ConfigError, loadConfig } from '../../bot/config';

describe('loadConfig', () => {
  it('starts with nothing set: port 3978, ./data, embedded core, demo on', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.port).toBe(3978);
    expect(config.dataDir).toBe(path.resolve('/srv/app/data'));
    expect(config.coreApiUrl).toBeUndefined();
    expect(config.mongodbUri).toBeUndefined();
    expect(config.demo).toBe(true);
    expect(config.supportHours.text).toBe('09:00-17:00');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ MONGODB_URI: 'http://db' }, 'MONGODB_URI'],
    [{ CORE_API_URL: 'not a url' }, 'CORE_API_URL'],
    [{ DEMO: 'maybe' }, 'DEMO'],
    [{ TOKEN_SECRET: 'short' }, 'TOKEN_SECRET'],
    [{ SUPPORT_HOURS: '17:00-09:00' }, 'SUPPORT_HOURS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MicrosoftAppId: 'abc' }, 'MicrosoftAppPassword'],
  ])('rejects %j naming %s in one line', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toMatch(new RegExp(`^Invalid configuration: ${variable} `));
    expect((error as Error).message).not.toContain('\n');
  });

  it('turns demo off by default with an external core', () => {
    expect(loadConfig({ CORE_API_URL: 'https://core.example.jp/v1/' }).demo).toBe(false);
    expect(loadConfig({ CORE_API_URL: 'https://core.example.jp/v1/' }).coreApiUrl).toBe('https://core.example.jp/v1');
  });
});
