/**
 * A real Apache Kafka (KRaft mode) running on the local machine, for development
 * and integration tests.
 *
 * The Kafka jars are resolved from Maven Central with `mvn` into a per-user cache
 * outside the repository; each node is a JVM started with `kafka.Kafka` and acts
 * as combined broker + controller, listening on 127.0.0.1 only.
 *
 * Requirements: `java` (17 or newer) and `mvn` on PATH (or JAVA_HOME / MAVEN_HOME).
 *
 * Environment:
 *   KAFKA_VERSION          Kafka version to resolve (default 4.1.1)
 *   KAFKA_REST_CACHE_DIR   cache directory (default $XDG_CACHE_HOME/kafka-rest-ts
 *                          or ~/.cache/kafka-rest-ts)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import kafkajs from 'kafkajs';
import { freePort, portIsFree } from '../ports.ts';

const { Kafka, logLevel } = kafkajs;

export const DEFAULT_KAFKA_VERSION = '4.1.1';
const LOG4J_VERSION = '2.24.3';
const DEPENDENCY_PLUGIN_VERSION = '3.8.1';
const MIN_JAVA_MAJOR = 17;

export type LogFn = (line: string) => void;

const defaultLog: LogFn = (line) => {
  process.stderr.write(`[local-kafka] ${line}\n`);
};

// ---------------------------------------------------------------------------
// Tool discovery
// ---------------------------------------------------------------------------

interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCapture(cmd: string, args: string[], cwd?: string): Promise<CommandResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

function isNotFound(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as NodeJS.ErrnoException).code === 'ENOENT';
}

/** Path of the `java` executable: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
export function javaExecutable(): string {
  const home = process.env.JAVA_HOME;
  if (home) {
    const candidate = join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (existsSync(candidate)) return candidate;
  }
  return 'java';
}

function mavenExecutable(): string {
  const home = process.env.MAVEN_HOME ?? process.env.M2_HOME;
  if (home) {
    const candidate = join(home, 'bin', process.platform === 'win32' ? 'mvn.cmd' : 'mvn');
    if (existsSync(candidate)) return candidate;
  }
  return process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
}

let javaChecked: Promise<string> | undefined;

/** Verifies that a Java runtime >= 17 is available; resolves with its version string. */
export function checkJava(): Promise<string> {
  javaChecked ??= (async () => {
    const java = javaExecutable();
    let result: CommandResult;
    try {
      result = await runCapture(java, ['-version']);
    } catch (err) {
      if (isNotFound(err)) {
        throw new Error(
          `Java was not found (tried "${java}"). Kafka needs a Java ${MIN_JAVA_MAJOR}+ runtime: ` +
            'install one (e.g. `apt-get install openjdk-17-jre-headless`) or set JAVA_HOME.',
        );
      }
      throw err;
    }
    const text = result.stderr + result.stdout;
    const match = /version "([^"]+)"/.exec(text);
    const version = match?.[1] ?? 'unknown';
    const major = version.startsWith('1.') ? Number(version.split('.')[1]) : Number.parseInt(version, 10);
    if (result.code !== 0 || !Number.isFinite(major)) {
      throw new Error(`Could not determine the Java version from "${java} -version":\n${text.trim()}`);
    }
    if (major < MIN_JAVA_MAJOR) {
      throw new Error(`Kafka needs Java ${MIN_JAVA_MAJOR} or newer, but "${java}" is version ${version}.`);
    }
    return version;
  })();
  javaChecked.catch(() => {
    javaChecked = undefined;
  });
  return javaChecked;
}

async function checkMaven(): Promise<string> {
  const mvn = mavenExecutable();
  try {
    const result = await runCapture(mvn, ['-B', '-v']);
    if (result.code !== 0) {
      throw new Error(`"${mvn} -v" failed:\n${(result.stdout + result.stderr).trim()}`);
    }
    return mvn;
  } catch (err) {
    if (isNotFound(err)) {
      throw new Error(
        `Maven was not found (tried "${mvn}"). It is used once to download the Kafka jars from Maven Central: ` +
          'install it (e.g. `apt-get install maven`) or set MAVEN_HOME.',
      );
    }
    throw err;
  }
}

// ---------------------------------------------------------------------------
// Distribution (jars) download and cache
// ---------------------------------------------------------------------------

export interface EnsureDistributionOptions {
  /** Kafka version; default: env KAFKA_VERSION or 4.1.1. */
  version?: string;
  /** Cache root; default: env KAFKA_REST_CACHE_DIR, $XDG_CACHE_HOME/kafka-rest-ts or ~/.cache/kafka-rest-ts. */
  cacheDir?: string;
  /** Progress output; default: lines on stderr. */
  log?: LogFn;
}

export interface KafkaDistribution {
  /** Java class path (a `libs/*` wildcard understood by the JVM). */
  classpath: string;
  version: string;
  /** Directory holding this version's jars and logging configuration. */
  home: string;
  /** log4j2 configuration used for the brokers (quiet: WARN, plus a few INFO lines). */
  log4jConfig: string;
}

export function defaultCacheDir(): string {
  if (process.env.KAFKA_REST_CACHE_DIR) return resolve(process.env.KAFKA_REST_CACHE_DIR);
  const base = process.env.XDG_CACHE_HOME ? resolve(process.env.XDG_CACHE_HOME) : join(homedir(), '.cache');
  return join(base, 'kafka-rest-ts');
}

const MARKER = '.complete';

function pomXml(version: string): string {
  // The Kafka server needs an SLF4J 1.x binding to print anything at all (startup
  // errors included), so log4j2 is added with a quiet configuration.
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.kafka-rest-ts</groupId>
  <artifactId>kafka-runtime</artifactId>
  <version>${version}</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka_2.13</artifactId>
      <version>${version}</version>
    </dependency>
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-core</artifactId>
      <version>${LOG4J_VERSION}</version>
      <scope>runtime</scope>
    </dependency>
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-slf4j-impl</artifactId>
      <version>${LOG4J_VERSION}</version>
      <scope>runtime</scope>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <version>${DEPENDENCY_PLUGIN_VERSION}</version>
      </plugin>
    </plugins>
  </build>
</project>
`;
}

const LOG4J2_PROPERTIES = `# Broker logging for local development: warnings and errors, plus start/stop lines.
status = warn
shutdownHook = disable
appender.out.type = Console
appender.out.name = STDOUT
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = \${sys:kafka.root.log.level:-WARN}
rootLogger.appenderRef.out.ref = STDOUT
logger.raftserver.name = kafka.server.KafkaRaftServer
logger.raftserver.level = INFO
logger.kafka.name = kafka.Kafka
logger.kafka.level = INFO
`;

function parseSizeBytes(amount: string, unit: string): number {
  const n = Number.parseFloat(amount);
  switch (unit) {
    case 'B':
      return n;
    case 'kB':
    case 'KB':
      return n * 1000;
    case 'MB':
      return n * 1000 * 1000;
    case 'GB':
      return n * 1000 * 1000 * 1000;
    default:
      return 0;
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const inFlightDownloads = new Map<string, Promise<KafkaDistribution>>();

/**
 * Resolves org.apache.kafka:kafka_2.13:<version> and its runtime dependencies
 * from Maven Central into the cache directory (once), and returns the class path.
 */
export function ensureKafkaDistribution(opts: EnsureDistributionOptions = {}): Promise<KafkaDistribution> {
  const version = opts.version ?? process.env.KAFKA_VERSION ?? DEFAULT_KAFKA_VERSION;
  const cacheDir = resolve(opts.cacheDir ?? defaultCacheDir());
  const key = `${cacheDir}\0${version}`;
  let pending = inFlightDownloads.get(key);
  if (!pending) {
    pending = downloadDistribution(version, cacheDir, opts.log ?? defaultLog).finally(() => {
      inFlightDownloads.delete(key);
    });
    inFlightDownloads.set(key, pending);
  }
  return pending;
}

async function downloadDistribution(version: string, cacheDir: string, log: LogFn): Promise<KafkaDistribution> {
  if (!/^[0-9A-Za-z.\-_]+$/.test(version)) throw new Error(`Invalid Kafka version "${version}"`);
  const home = join(cacheDir, `kafka-${version}`);
  const libs = join(home, 'libs');
  const log4jConfig = join(home, 'log4j2.properties');
  const dist: KafkaDistribution = { classpath: join(libs, '*'), version, home, log4jConfig };

  if (existsSync(join(home, MARKER)) && existsSync(libs)) {
    const current = existsSync(log4jConfig) ? await readFile(log4jConfig, 'utf8') : '';
    if (current !== LOG4J2_PROPERTIES) await writeFile(log4jConfig, LOG4J2_PROPERTIES);
    return dist;
  }

  const mvn = await checkMaven();
  await checkJava();
  await mkdir(home, { recursive: true });
  await writeFile(join(home, 'pom.xml'), pomXml(version));

  for (const name of await readdir(home)) {
    // Left behind by an interrupted download (its process is gone).
    const m = /^libs\.partial-(\d+)-/.exec(name);
    if (m && !processExists(Number(m[1]))) await rm(join(home, name), { recursive: true, force: true });
  }
  // Copy into a private directory first and move it into place when complete, so
  // an interrupted or concurrent download never leaves a half-filled libs/.
  const staging = join(home, `libs.partial-${process.pid}-${Date.now()}`);
  log(`Downloading Apache Kafka ${version} jars from Maven Central with Maven into ${home} ...`);
  const started = Date.now();

  const args = [
    '-B',
    '-f',
    join(home, 'pom.xml'),
    'dependency:copy-dependencies',
    `-DoutputDirectory=${staging}`,
    '-DincludeScope=runtime',
  ];
  const tail: string[] = [];
  const errors: string[] = [];
  let errorsDone = false;
  let artifacts = 0;
  let bytes = 0;
  let lastReport = Date.now();
  let lastReportedCount = 0;
  const report = (final: boolean): void => {
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    const mb = (bytes / 1e6).toFixed(1);
    log(`${final ? 'Downloaded' : 'Downloading:'} ${artifacts} files, ${mb} MB (${secs}s)`);
    lastReport = Date.now();
    lastReportedCount = artifacts;
  };

  const code = await new Promise<number | null>((resolvePromise, reject) => {
    const child = spawn(mvn, args, { cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
    const onLine = (line: string): void => {
      tail.push(line);
      if (tail.length > 25) tail.shift();
      // The first [ERROR] block explains the failure; the rest is Maven boilerplate.
      if (line.startsWith('[ERROR]') && !errorsDone) {
        if (line.trim() === '[ERROR]') errorsDone = errors.length > 0;
        else if (errors.length < 15) errors.push(line);
      }
      // e.g. "Downloaded from central: https://repo.maven.apache.org/.../x.jar (1.2 MB at 3.4 MB/s)"
      const m = /^(?:\[INFO\] )?Downloaded from [^:]+: \S+ \(([\d.]+) (B|kB|KB|MB|GB)/.exec(line);
      if (m) {
        artifacts += 1;
        bytes += parseSizeBytes(m[1] ?? '0', m[2] ?? 'B');
        const since = Date.now() - lastReport;
        if ((artifacts - lastReportedCount >= 50 && since >= 1000) || since >= 3000) report(false);
      }
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    const timer = setInterval(() => {
      if (Date.now() - lastReport >= 5000) report(false);
    }, 1000);
    child.on('error', (err) => {
      clearInterval(timer);
      reject(err);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolvePromise(exitCode);
    });
  });

  if (code !== 0) {
    await rm(staging, { recursive: true, force: true });
    const why = code === null || code === 130 || code === 143 ? 'interrupted' : `exit code ${code}`;
    throw new Error(
      `Maven could not resolve org.apache.kafka:kafka_2.13:${version} (${why}).\n` +
        `Command: ${mvn} ${args.join(' ')}\n` +
        (errors.length > 0 ? errors.join('\n') : `Last output:\n${tail.join('\n')}`),
    );
  }
  const jars = (await readdir(staging)).filter((f) => f.endsWith('.jar'));
  if (!jars.some((f) => f.startsWith(`kafka_2.13-${version}`))) {
    await rm(staging, { recursive: true, force: true });
    throw new Error(`Maven finished but kafka_2.13-${version}.jar is missing from ${staging}`);
  }

  if (existsSync(join(home, MARKER)) && existsSync(libs)) {
    // Another process finished the same download meanwhile; keep its copy.
    await rm(staging, { recursive: true, force: true });
    return dist;
  }
  await rm(libs, { recursive: true, force: true });
  await rename(staging, libs);
  await writeFile(log4jConfig, LOG4J2_PROPERTIES);
  await writeFile(
    join(home, MARKER),
    JSON.stringify({ version, jars: jars.length, downloadedAt: new Date().toISOString() }, null, 2) + '\n',
  );
  report(true);
  log(`Kafka ${version}: ${jars.length} jars ready in ${libs} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  return dist;
}

// ---------------------------------------------------------------------------
// Cluster
// ---------------------------------------------------------------------------

export interface StartKafkaOptions {
  /** Number of nodes (each one broker + controller). Default 1. */
  brokers?: 1 | 3;
  /**
   * Directory for configuration, logs and data. Kept on stop, and reused (not
   * re-formatted) on the next start. Default: a fresh temporary directory that
   * is deleted on stop.
   */
  dataDir?: string;
  /** Broker listener ports, one per node. Default: free loopback ports. */
  ports?: number[];
  /** Progress output; default: lines on stderr. */
  log?: LogFn;
  /** Leave out the routine "starting" / "is up" lines (downloads and problems are still logged). */
  quiet?: boolean;
  /** Maximum JVM heap per node in MB. Default 512. */
  heapMb?: number;
  /** Kafka version; default: env KAFKA_VERSION or 4.1.1. */
  version?: string;
  /** Cache root for the jars (see ensureKafkaDistribution). */
  cacheDir?: string;
  /** Extra or overriding server.properties entries, applied to every node. */
  config?: Record<string, string | number | boolean>;
  /** How long to wait for the cluster to answer metadata requests. Default 60000. */
  startTimeoutMs?: number;
  /** How long stop() waits after SIGTERM before SIGKILL. Default 15000. */
  stopTimeoutMs?: number;
}

export interface LocalKafkaBroker {
  nodeId: number;
  /** Client (PLAINTEXT) listener port on 127.0.0.1. */
  port: number;
  /** Controller listener port on 127.0.0.1. */
  controllerPort: number;
  /** PID of the broker JVM (the last one, if the broker is stopped). */
  pid: number;
  running: boolean;
  /** stdout/stderr of the broker JVM. */
  logFile: string;
}

export interface LocalKafka {
  /** Comma separated host:port list, e.g. "127.0.0.1:40123". */
  readonly bootstrapServers: string;
  readonly brokers: LocalKafkaBroker[];
  readonly clusterId: string;
  readonly dataDir: string;
  readonly version: string;
  /** Stops all nodes (SIGTERM, then SIGKILL after a timeout); idempotent. Deletes a temporary data dir. */
  stop(): Promise<void>;
  /** Stops one node. */
  stopBroker(nodeId: number): Promise<void>;
  /** Starts a stopped node again and waits until it is back in the cluster metadata. */
  startBroker(nodeId: number): Promise<void>;
}

interface NodeState {
  nodeId: number;
  port: number;
  controllerPort: number;
  dir: string;
  logDir: string;
  propsFile: string;
  logFile: string;
  child: ChildProcess | undefined;
  pid: number;
  exited: Promise<void>;
}

const CLUSTER_FILE = 'local-kafka.json';

interface ClusterFile {
  brokers: number;
  clusterId: string;
  ports: number[];
  controllerPorts: number[];
  version: string;
}



async function allocatePorts(count: number, exclude: Set<number>): Promise<number[]> {
  const ports: number[] = [];
  while (ports.length < count) {
    const port = await freePort();
    if (!exclude.has(port) && !ports.includes(port)) ports.push(port);
  }
  return ports;
}

/** A Kafka cluster id: 16 random bytes, base64url without padding (as `kafka-storage.sh random-uuid`). */
function newClusterId(): string {
  return randomBytes(16).toString('base64url');
}

function readProperties(file: string): Map<string, string> {
  const props = new Map<string, string>();
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq > 0) props.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return props;
}

/** The error lines of a broker log (with their causes) followed by its last lines. */
async function summarizeLog(file: string, lines = 15): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return '(no log output)';
  }
  const all = text.split('\n');
  const errors = [
    ...new Set(all.filter((l) => /\] (ERROR|FATAL) |^Caused by: |^Exception in thread /.test(l)).map((l) => l.trim())),
  ].slice(0, 8);
  const tail = all
    .filter((l) => !/^\s+(at |\.\.\. \d+ more)/.test(l))
    .slice(-lines)
    .join('\n')
    .trimEnd();
  if (errors.length === 0) return tail || '(no log output)';
  const shortTail = tail.split('\n').slice(-4).join('\n');
  return `${errors.join('\n')}\n...\n${shortTail}`;
}

function serverProperties(
  node: NodeState,
  voters: string,
  brokerCount: number,
  extra: Record<string, string | number | boolean>,
): string {
  const rf = Math.min(3, brokerCount);
  const props: Record<string, string | number | boolean> = {
    'process.roles': 'broker,controller',
    'node.id': node.nodeId,
    'controller.quorum.voters': voters,
    listeners: `PLAINTEXT://127.0.0.1:${node.port},CONTROLLER://127.0.0.1:${node.controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${node.port}`,
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'inter.broker.listener.name': 'PLAINTEXT',
    'controller.listener.names': 'CONTROLLER',
    'log.dirs': node.logDir,
    'num.partitions': 1,
    'default.replication.factor': 1,
    'auto.create.topics.enable': true,
    'offsets.topic.replication.factor': rf,
    'transaction.state.log.replication.factor': rf,
    'transaction.state.log.min.isr': 1,
    'share.coordinator.state.topic.replication.factor': rf,
    'share.coordinator.state.topic.min.isr': 1,
    'group.initial.rebalance.delay.ms': 0,
    'num.network.threads': 2,
    'num.io.threads': 4,
    'num.recovery.threads.per.data.dir': 1,
    'log.retention.hours': 168,
    'delete.topic.enable': true,
    ...extra,
  };
  const lines = Object.entries(props).map(([k, v]) => `${k}=${String(v)}`);
  return `# Generated by src/embedded/local-kafka.ts; rewritten on every start.\n${lines.join('\n')}\n`;
}

// ---- process bookkeeping: never leave broker JVMs behind ----

interface ActiveCluster {
  /** Synchronous last resort (process 'exit'): SIGKILL everything, remove temp data. */
  killNow(): void;
  stop(): Promise<void>;
}

const activeClusters = new Set<ActiveCluster>();
let handlersInstalled = false;
let shuttingDownOnSignal = false;

function onProcessExit(): void {
  for (const cluster of activeClusters) cluster.killNow();
}

function onSignal(signal: NodeJS.Signals): void {
  // If the application handles this signal itself, leave the shutdown to it;
  // the 'exit' hook still makes sure nothing survives the process.
  if (process.listenerCount(signal) > 1) return;
  const exitCode = signal === 'SIGINT' ? 130 : 143;
  if (shuttingDownOnSignal) {
    process.exit(exitCode);
  }
  shuttingDownOnSignal = true;
  void Promise.allSettled([...activeClusters].map((c) => c.stop())).finally(() => process.exit(exitCode));
}

function register(cluster: ActiveCluster): void {
  activeClusters.add(cluster);
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.on('exit', onProcessExit);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
}

function unregister(cluster: ActiveCluster): void {
  activeClusters.delete(cluster);
  if (activeClusters.size === 0 && handlersInstalled) {
    handlersInstalled = false;
    process.off('exit', onProcessExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function waitForExit(node: NodeState, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((r) => {
    timer = setTimeout(() => r(false), timeoutMs);
  });
  const done = await Promise.race([node.exited.then(() => true), timedOut]);
  clearTimeout(timer);
  return done;
}

function isRunning(node: NodeState): boolean {
  const child = node.child;
  return child !== undefined && child.exitCode === null && child.signalCode === null;
}

async function terminate(node: NodeState, timeoutMs: number, log: LogFn): Promise<void> {
  const child = node.child;
  if (!child || !isRunning(node)) return;
  child.kill('SIGTERM');
  if (!(await waitForExit(node, timeoutMs))) {
    log(`node ${node.nodeId} (pid ${node.pid}) did not stop within ${timeoutMs} ms; killing it`);
    child.kill('SIGKILL');
    await waitForExit(node, 5000);
  }
}

async function runStorageFormat(
  java: string,
  dist: KafkaDistribution,
  node: NodeState,
  clusterId: string,
): Promise<void> {
  const args = [
    '-Xmx256m',
    `-Dlog4j2.configurationFile=${dist.log4jConfig}`,
    '-cp',
    dist.classpath,
    'kafka.tools.StorageTool',
    'format',
    '--cluster-id',
    clusterId,
    '--config',
    node.propsFile,
    '--ignore-formatted',
  ];
  const result = await runCapture(java, args, node.dir);
  if (result.code !== 0) {
    throw new Error(
      `Formatting the storage of node ${node.nodeId} failed (exit code ${result.code}):\n` +
        `${java} ${args.join(' ')}\n${(result.stdout + result.stderr).trim()}`,
    );
  }
}

/**
 * Starts a local Kafka cluster of 1 or 3 combined broker/controller nodes and
 * resolves once every broker answers metadata requests.
 */
export async function startKafka(opts: StartKafkaOptions = {}): Promise<LocalKafka> {
  const log = opts.log ?? defaultLog;
  const brokerCount = opts.brokers ?? 1;
  if (brokerCount !== 1 && brokerCount !== 3) throw new Error(`brokers must be 1 or 3, got ${String(brokerCount)}`);
  if (opts.ports && opts.ports.length !== brokerCount) {
    throw new Error(`ports must list ${brokerCount} port(s), got ${opts.ports.length}`);
  }
  const heapMb = opts.heapMb ?? 512;
  const startTimeoutMs = opts.startTimeoutMs ?? 60_000;
  const stopTimeoutMs = opts.stopTimeoutMs ?? 15_000;

  const java = javaExecutable();
  const [dist] = await Promise.all([
    ensureKafkaDistribution({ version: opts.version, cacheDir: opts.cacheDir, log }),
    checkJava(),
  ]);

  const temporary = opts.dataDir === undefined;
  const dataDir = temporary ? await mkdtemp(join(tmpdir(), 'kafka-rest-kafka-')) : resolve(opts.dataDir!);
  await mkdir(dataDir, { recursive: true });

  try {
    // A persistent data dir remembers its cluster id, size and ports.
    const clusterFile = join(dataDir, CLUSTER_FILE);
    let previous: ClusterFile | undefined;
    if (existsSync(clusterFile)) {
      previous = JSON.parse(await readFile(clusterFile, 'utf8')) as ClusterFile;
      if (previous.brokers !== brokerCount) {
        throw new Error(
          `${dataDir} holds a ${previous.brokers}-node cluster; use another data dir for ${brokerCount} node(s)`,
        );
      }
    }

    const ids = Array.from({ length: brokerCount }, (_, i) => i + 1);
    let ports = opts.ports;
    if (!ports && previous) {
      const free = await Promise.all(previous.ports.map(portIsFree));
      if (free.every(Boolean)) ports = previous.ports;
    }
    ports ??= await allocatePorts(brokerCount, new Set());
    let controllerPorts: number[] | undefined;
    if (previous) {
      const free = await Promise.all(previous.controllerPorts.map(portIsFree));
      if (free.every(Boolean) && !previous.controllerPorts.some((p) => ports.includes(p))) {
        controllerPorts = previous.controllerPorts;
      }
    }
    controllerPorts ??= await allocatePorts(brokerCount, new Set(ports));

    const nodes: NodeState[] = ids.map((nodeId, i) => {
      const dir = join(dataDir, `node-${nodeId}`);
      return {
        nodeId,
        port: ports[i]!,
        controllerPort: controllerPorts[i]!,
        dir,
        logDir: join(dir, 'data'),
        propsFile: join(dir, 'server.properties'),
        logFile: join(dir, 'kafka.log'),
        child: undefined,
        pid: 0,
        exited: Promise.resolve(),
      };
    });
    const voters = nodes.map((n) => `${n.nodeId}@127.0.0.1:${n.controllerPort}`).join(',');

    // Cluster id: from an already formatted node, else the cluster file, else new.
    let clusterId = previous?.clusterId;
    for (const node of nodes) {
      const meta = join(node.logDir, 'meta.properties');
      if (existsSync(meta)) {
        const id = readProperties(meta).get('cluster.id');
        if (id) clusterId = id;
      }
    }
    clusterId ??= newClusterId();

    for (const node of nodes) {
      await mkdir(node.logDir, { recursive: true });
      await writeFile(node.propsFile, serverProperties(node, voters, brokerCount, opts.config ?? {}));
    }
    const record: ClusterFile = { brokers: brokerCount, clusterId, ports, controllerPorts, version: dist.version };
    await writeFile(clusterFile, JSON.stringify(record, null, 2) + '\n');

    const unformatted = nodes.filter((n) => !existsSync(join(n.logDir, 'meta.properties')));
    if (unformatted.length > 0) {
      await Promise.all(unformatted.map((n) => runStorageFormat(java, dist, n, clusterId)));
    }

    return await launchCluster({
      java,
      info: opts.quiet ? () => undefined : log,
      dist,
      nodes,
      clusterId,
      dataDir,
      temporary,
      heapMb,
      log,
      startTimeoutMs,
      stopTimeoutMs,
    });
  } catch (err) {
    if (temporary) await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
    throw err;
  }
}

interface LaunchContext {
  java: string;
  dist: KafkaDistribution;
  nodes: NodeState[];
  clusterId: string;
  dataDir: string;
  temporary: boolean;
  heapMb: number;
  log: LogFn;
  info: LogFn;
  startTimeoutMs: number;
  stopTimeoutMs: number;
}

async function launchCluster(ctx: LaunchContext): Promise<LocalKafka> {
  const { java, dist, nodes, dataDir, temporary, heapMb, log, info, startTimeoutMs, stopTimeoutMs } = ctx;
  const bootstrapServers = nodes.map((n) => `127.0.0.1:${n.port}`).join(',');
  let stopped = false;
  let stopping: Promise<void> | undefined;

  const spawnNode = (node: NodeState): void => {
    const fd = openSync(node.logFile, 'a');
    let child: ChildProcess;
    try {
      child = spawn(
        java,
        [
          `-Xmx${heapMb}m`,
          `-Xms${Math.min(heapMb, 128)}m`,
          '-XX:+UseG1GC',
          '-XX:MaxGCPauseMillis=20',
          '-Djava.awt.headless=true',
          `-Dlog4j2.configurationFile=${dist.log4jConfig}`,
          `-Dkafka.logs.dir=${node.dir}`,
          '-cp',
          dist.classpath,
          'kafka.Kafka',
          node.propsFile,
        ],
        { cwd: node.dir, stdio: ['ignore', fd, fd] },
      );
    } finally {
      closeSync(fd);
    }
    node.child = child;
    node.pid = child.pid ?? 0;
    node.exited = new Promise<void>((r) => {
      if (child.exitCode !== null || child.signalCode !== null) r();
      else child.once('exit', () => r());
    });
    child.on('error', (err) => log(`node ${node.nodeId}: ${err.message}`));
  };

  const waitForBrokers = async (expected: number[], what: string): Promise<void> => {
    const deadline = Date.now() + startTimeoutMs;
    const kafka = new Kafka({
      clientId: 'local-kafka-probe',
      brokers: nodes.filter((n) => expected.includes(n.nodeId)).map((n) => `127.0.0.1:${n.port}`),
      logLevel: logLevel.NOTHING,
      connectionTimeout: 1000,
      requestTimeout: 5000,
      retry: { retries: 0 },
    });
    let lastProblem = 'no answer yet';
    for (;;) {
      const dead = nodes.find((n) => expected.includes(n.nodeId) && !isRunning(n));
      if (dead) {
        const child = dead.child;
        const how = child?.signalCode ? `signal ${child.signalCode}` : `exit code ${String(child?.exitCode)}`;
        const where = temporary ? 'its log' : dead.logFile;
        throw new Error(
          `Kafka node ${dead.nodeId} exited while starting (${how}). From ${where}:\n` +
            (await summarizeLog(dead.logFile)),
        );
      }
      const admin = kafka.admin();
      try {
        await admin.connect();
        const cluster = await admin.describeCluster();
        const seen = new Set(cluster.brokers.map((b) => b.nodeId));
        if (expected.every((id) => seen.has(id))) return;
        lastProblem = `metadata lists brokers [${[...seen].join(', ')}], waiting for [${expected.join(', ')}]`;
      } catch (err) {
        lastProblem = err instanceof Error ? err.message : String(err);
      } finally {
        await admin.disconnect().catch(() => undefined);
      }
      if (Date.now() > deadline) {
        const tails = await Promise.all(
          nodes
            .filter((n) => expected.includes(n.nodeId))
            .map(async (n) => `--- node ${n.nodeId} (${n.logFile})\n${await summarizeLog(n.logFile, 10)}`),
        );
        throw new Error(
          `${what} did not answer metadata requests within ${startTimeoutMs} ms (${lastProblem}).\n${tails.join('\n')}`,
        );
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  const stopAll = (): Promise<void> => {
    stopping ??= (async () => {
      stopped = true;
      await Promise.all(nodes.map((n) => terminate(n, stopTimeoutMs, log)));
      if (temporary) await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
      unregister(active);
    })();
    return stopping;
  };

  const active: ActiveCluster = {
    killNow() {
      for (const node of nodes) {
        if (isRunning(node)) {
          try {
            node.child?.kill('SIGKILL');
          } catch {
            // already gone
          }
        }
      }
      if (temporary) {
        try {
          rmSync(dataDir, { recursive: true, force: true });
        } catch {
          // best effort while exiting
        }
      }
    },
    stop: stopAll,
  };
  register(active);

  const findNode = (nodeId: number): NodeState => {
    const node = nodes.find((n) => n.nodeId === nodeId);
    if (!node) throw new Error(`no node ${nodeId}; nodes are ${nodes.map((n) => n.nodeId).join(', ')}`);
    return node;
  };

  const handle: LocalKafka = {
    bootstrapServers,
    clusterId: ctx.clusterId,
    dataDir,
    version: dist.version,
    get brokers(): LocalKafkaBroker[] {
      return nodes.map((n) => ({
        nodeId: n.nodeId,
        port: n.port,
        controllerPort: n.controllerPort,
        pid: n.pid,
        running: isRunning(n),
        logFile: n.logFile,
      }));
    },
    stop: stopAll,
    async stopBroker(nodeId: number): Promise<void> {
      await terminate(findNode(nodeId), stopTimeoutMs, log);
    },
    async startBroker(nodeId: number): Promise<void> {
      if (stopped) throw new Error('the cluster has been stopped');
      const node = findNode(nodeId);
      if (isRunning(node)) return;
      spawnNode(node);
      await waitForBrokers([nodeId], `Kafka node ${nodeId}`);
    },
  };

  try {
    const started = Date.now();
    for (const node of nodes) spawnNode(node);
    info(
      `starting Kafka ${dist.version}: ${nodes.length} node(s) on ${bootstrapServers} ` +
        `(pids ${nodes.map((n) => n.pid).join(', ')}; data in ${dataDir})`,
    );
    await waitForBrokers(
      nodes.map((n) => n.nodeId),
      `Kafka (${nodes.length} node${nodes.length > 1 ? 's' : ''})`,
    );
    info(`Kafka is up on ${bootstrapServers} after ${((Date.now() - started) / 1000).toFixed(1)}s`);
  } catch (err) {
    await stopAll();
    throw err;
  }
  return handle;
}
