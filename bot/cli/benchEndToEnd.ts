/**
 * End-to-end figures for `npm run bench` (key "endToEnd"): turn latency and throughput over the
 * local Direct Line at 1, 10 and 100 concurrent conversations, for question answering and for an
 * operation dialog, against the real server process (`dist/bot/index.js`) and, as the baseline, a
 * minimal echo bot on the same stack (`benchEchoServer.js`), reported as ratios ours/echo; cold
 * start to the first answer of a fresh process; the server's RSS after the load.
 *
 * Servers run as child processes so their RSS is theirs alone and the load client (this process)
 * does not share their heap. Everything is on loopback; sizes keep the whole run within ~1.5 min.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DirectLineSession } from './benchDirectLineClient';
import { runLoad, type LoadFigures, type Scenario } from './benchLoad';
import { QNA_QUESTIONS, echoOf, qnaScenario } from './benchScenarios';
import { operationScenario } from './benchOperationScenario';

/** Conversations at once -> turns per conversation (bounded total time). */
const LEVELS: Array<[number, number]> = [
  [1, 60],
  [10, 20],
  [100, 5],
];

interface RunningServer {
  url: string;
  child: ChildProcess;
  /** From spawn to the server listening. */
  listeningMs: number;
  stop(): Promise<void>;
}

/** Enough conversations that every demo user of the scenarios (five roles/types) is warmed up. */
const WARM_UP_CONVERSATIONS = 5;
/** Turns per conversation of the second warm-up round (10 conversations). */
const WARM_UP_TURNS = 40;

const round = (value: number): number => Math.round(value * 100) / 100;

function startServer(script: string, args: string[], env: Record<string, string>, urlFrom: (line: string) => string | undefined): Promise<RunningServer> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [script, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()).slice(-4000));
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      for (const line of buffered.split('\n')) {
        const url = urlFrom(line);
        if (!url) continue;
        child.stdout?.off('data', onData);
        child.stdout?.resume(); // keep draining the logs so the child never blocks on a full pipe
        resolve({
          url,
          child,
          listeningMs: Number(process.hrtime.bigint() - started) / 1e6,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
              setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
            }),
        });
        return;
      }
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${path.basename(script)} exited (${code}) before listening: ${stderr.slice(-1000)}`)));
  });
}

function startAssistant(dataDir: string): Promise<RunningServer> {
  // LOG_LEVEL info as in production: the turn log line is part of a turn's cost.
  return startServer(path.join(__dirname, '..', 'index.js'), [], { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' }, (line) =>
    /is listening/.test(line) ? /"url":"([^"]+)"/.exec(line)?.[1] : undefined,
  );
}

function startEcho(dataDir: string): Promise<RunningServer> {
  return startServer(path.join(__dirname, 'benchEchoServer.js'), [dataDir], {}, (line) =>
    line.startsWith('{"url"') ? (JSON.parse(line) as { url: string }).url : undefined,
  );
}

/** Resident set of another process in MB (Linux /proc); null where that is not available. */
function rssMegabytesOf(pid: number | undefined): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) another process has used, in ms (Linux /proc); null elsewhere. */
function cpuMillisecondsOf(pid: number | undefined): number | null {
  try {
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 Hz).
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** A level's figures plus the server's CPU per turn: steadier than latency on a shared machine. */
type LevelFigures = LoadFigures & { serverCpuMsPerTurn: number | null };

async function loadLevels(server: RunningServer, scenario: Scenario): Promise<LevelFigures[]> {
  // Warm-up (JIT, first use of every path) outside the figures. Every user of the scenario takes
  // part: the first turn of each role pays once for its own paths (role-filtered search, its menu;
  // ~130 ms, measured), which with only two warm-up users landed in the 10-conversation p99.
  await runLoad(server.url, scenario, { concurrency: WARM_UP_CONVERSATIONS, turns: 5 });
  // Then a few hundred turns: V8 optimises the hot paths and the heap reaches its working size
  // over the first ~400 turns (CPU per turn fell from ~3 ms to ~2.3 ms, measured); a server runs
  // for days, and its start is measured on its own (coldStart).
  await runLoad(server.url, scenario, { concurrency: 10, turns: WARM_UP_TURNS });
  const figures: LevelFigures[] = [];
  for (const [concurrency, turns] of LEVELS) {
    const before = cpuMillisecondsOf(server.child.pid);
    const figure = await runLoad(server.url, scenario, { concurrency, turns });
    const after = cpuMillisecondsOf(server.child.pid);
    const serverCpuMsPerTurn = before === null || after === null || figure.turns === 0 ? null : round((after - before) / figure.turns);
    figures.push({ ...figure, serverCpuMsPerTurn });
  }
  return figures;
}

function ratios(ours: LevelFigures[], echo: LevelFigures[]): object[] {
  return ours.map((figure, i) => ({
    concurrency: figure.concurrency,
    latencyP50: round(figure.latencyMs.p50 / Math.max(echo[i].latencyMs.p50, 0.01)),
    latencyP99: round(figure.latencyMs.p99 / Math.max(echo[i].latencyMs.p99, 0.01)),
    turnsPerSecond: round(figure.turnsPerSecond / Math.max(echo[i].turnsPerSecond, 0.01)),
    serverCpuPerTurn:
      figure.serverCpuMsPerTurn === null || !echo[i].serverCpuMsPerTurn ? null : round(figure.serverCpuMsPerTurn / (echo[i].serverCpuMsPerTurn as number)),
  }));
}

/** A fresh process on a fresh data dir: spawn -> listening -> token -> greeting -> first answer. */
async function coldStart(): Promise<object> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vsys-bench-cold-'));
  const started = process.hrtime.bigint();
  const server = await startAssistant(dataDir);
  try {
    const session = await DirectLineSession.open(server.url, 'demo-facility');
    await session.say(QNA_QUESTIONS[0]);
    session.close();
    return { listeningMs: round(server.listeningMs), firstAnswerMs: round(Number(process.hrtime.bigint() - started) / 1e6) };
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runEndToEndBench(): Promise<object> {
  const cold = await coldStart();
  const oursDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vsys-bench-ours-'));
  const echoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vsys-bench-echo-'));
  const ours = await startAssistant(oursDir);
  const echo = await startEcho(echoDir);
  try {
    const scenarios: Record<string, Scenario> = { qna: qnaScenario() };
    const operation = await operationScenario(ours.url);
    if (operation.scenario) scenarios.operation = operation.scenario;
    const results: Record<string, object> = {};
    for (const [name, scenario] of Object.entries(scenarios)) {
      const oursFigures = await loadLevels(ours, scenario);
      const echoFigures = await loadLevels(echo, echoOf(scenario));
      results[name] = { ours: oursFigures, echo: echoFigures, oursOverEcho: ratios(oursFigures, echoFigures) };
    }
    if (!operation.scenario) results.operation = { skipped: operation.reason };
    return {
      transport: 'local Direct Line 3.0 over loopback (POST activity, replies over the WebSocket stream)',
      levels: LEVELS.map(([concurrency, turns]) => ({ concurrency, turnsPerConversation: turns })),
      ...results,
      coldStart: cold,
      rssAfterLoadMegabytes: { ours: rssMegabytesOf(ours.child.pid), echo: rssMegabytesOf(echo.child.pid) },
    };
  } finally {
    await Promise.all([ours.stop(), echo.stop()]);
    fs.rmSync(oursDir, { recursive: true, force: true });
    fs.rmSync(echoDir, { recursive: true, force: true });
  }
}
