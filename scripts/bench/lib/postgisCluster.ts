/**
 * A throwaway PostgreSQL + PostGIS cluster for the side-by-side benchmark: initdb into a folder of
 * .cache, started on 127.0.0.1 at a free port with durability off (a benchmark cluster, thrown
 * away after), reached with psql. Run as root, the server runs as the `postgres` user (initdb
 * refuses root).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface PostgisCluster {
  /** Runs SQL (one or more statements) and returns psql's unaligned, tuples-only output. */
  sql(text: string): string;
  /** CPU seconds (user + system) used so far by the server and its processes, exited ones included. */
  serverCpuSeconds(): number;
  stop(): void;
}

/** The PostgreSQL bin folder with PostGIS installed for it, or null (then the benchmark is skipped). */
export function postgisBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  for (const version of readdirSync(root).sort().reverse()) {
    const bin = join(root, version, 'bin');
    const control = `/usr/share/postgresql/${version}/extension/postgis.control`;
    if (existsSync(join(bin, 'initdb')) && existsSync(control)) return bin;
  }
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function checked(run: SpawnSyncReturns<string>, what: string): string {
  if (run.status !== 0) throw new Error(`${what} failed (${run.status}): ${run.stderr || run.stdout}`);
  return run.stdout;
}

export async function startPostgisCluster(bin: string, folder: string): Promise<PostgisCluster> {
  // initdb and pg_ctl redirect to /dev/null as the server's user; a rename over it (an old
  // `--out /dev/null` as root) leaves a root-owned file there, and initdb fails with a screenful.
  if (!statSync('/dev/null').isCharacterDevice()) throw new Error('/dev/null is not a device here (a file was renamed over it); restore it (mknod -m 666 /dev/null c 1 3) and run again');
  const asRoot = process.getuid?.() === 0;
  const data = join(folder, 'data');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(data, { recursive: true });
  const run = (command: string, args: string[]) =>
    asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' }) : spawnSync(command, args, { encoding: 'utf8' });
  if (asRoot) {
    const ids = /uid=(\d+)\S* gid=(\d+)/.exec(spawnSync('id', ['postgres'], { encoding: 'utf8' }).stdout);
    if (!ids) throw new Error('running as root, but there is no postgres user to run the server as');
    chownSync(folder, Number(ids[1]), Number(ids[2]));
    chownSync(data, Number(ids[1]), Number(ids[2]));
  }
  checked(run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']), 'initdb');
  const port = await freePort();
  const options = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${data}`,
    // Durability off and memory up: PostGIS at its fastest for a load it may lose.
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c shared_buffers=256MB',
    '-c work_mem=256MB',
    '-c maintenance_work_mem=512MB',
    '-c max_wal_size=4GB',
  ].join(' ');
  checked(run(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(folder, 'server.log'), '-w', 'start']), 'pg_ctl start');
  const postmasterPid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const psql = join(bin, 'psql');
  return {
    sql: (text) =>
      checked(
        spawnSync(psql, ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qAtX'], {
          input: text,
          encoding: 'utf8',
          maxBuffer: 1 << 30,
        }),
        'psql',
      ),
    serverCpuSeconds: () => processTreeCpuSeconds(postmasterPid),
    stop: () => {
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    },
  };
}

/** utime + stime of `pid` and its live children, plus what its reaped children used (cutime + cstime). */
function processTreeCpuSeconds(pid: number): number {
  const ticksPerSecond = 100;
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the command name (in parentheses, which may hold spaces): state is field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    const self = Number(entry);
    if (self !== pid && ppid !== pid) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
    if (self === pid) ticks += Number(fields[13]) + Number(fields[14]);
  }
  return ticks / ticksPerSecond;
}
