type Waiter = { resolve: (release: () => void) => void; reject: (reason: unknown) => void; signal?: AbortSignal; onAbort?: () => void };

type HostSlot = { inFlight: number; lastStartMs: number; queue: Waiter[]; timer: NodeJS.Timeout | null };

export type HostGate = {
  /** Waits for a free slot for `host`; call the returned function once the request is over. */
  acquire(host: string, signal?: AbortSignal): Promise<() => void>;
  /** Rejects every waiter; used by close(). */
  close(reason: Error): void;
};

/**
 * In-process politeness: at most `concurrency` requests in flight to one host name, and at least
 * `minGapMs` between two starts. Waiters are served first come, first served. Entries of idle
 * hosts are dropped so a long run over many hosts does not grow the map.
 */
export function createHostGate(options: { concurrency: number; minGapMs: number; now?: () => number }): HostGate {
  const now = options.now ?? Date.now;
  const hosts = new Map<string, HostSlot>();

  function pump(host: string, slot: HostSlot): void {
    if (slot.timer) return;
    while (slot.queue.length > 0 && slot.inFlight < options.concurrency) {
      const waitMs = slot.lastStartMs + options.minGapMs - now();
      if (waitMs > 0) {
        slot.timer = setTimeout(() => {
          slot.timer = null;
          pump(host, slot);
        }, waitMs);
        return;
      }
      const waiter = slot.queue.shift();
      if (!waiter) break;
      if (waiter.onAbort) waiter.signal?.removeEventListener("abort", waiter.onAbort);
      slot.inFlight += 1;
      slot.lastStartMs = now();
      waiter.resolve(releaseOnce(host, slot));
    }
    dropIfIdle(host, slot);
  }

  function releaseOnce(host: string, slot: HostSlot): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      slot.inFlight -= 1;
      pump(host, slot);
    };
  }

  function dropIfIdle(host: string, slot: HostSlot): void {
    const gapOver = now() - slot.lastStartMs >= options.minGapMs;
    if (slot.inFlight === 0 && slot.queue.length === 0 && !slot.timer && gapOver) hosts.delete(host);
  }

  function sweepIdle(): void {
    for (const [host, slot] of hosts) dropIfIdle(host, slot);
  }

  return {
    acquire(host, signal) {
      signal?.throwIfAborted();
      if (hosts.size > 1000) sweepIdle();
      let slot = hosts.get(host);
      if (!slot) {
        slot = { inFlight: 0, lastStartMs: -Infinity, queue: [], timer: null };
        hosts.set(host, slot);
      }
      const current = slot;
      return new Promise((resolve, reject) => {
        const waiter: Waiter = { resolve, reject };
        if (signal) {
          waiter.signal = signal;
          waiter.onAbort = () => {
            current.queue = current.queue.filter((w) => w !== waiter);
            reject(signal.reason);
          };
          signal.addEventListener("abort", waiter.onAbort, { once: true });
        }
        current.queue.push(waiter);
        pump(host, current);
      });
    },
    close(reason) {
      for (const slot of hosts.values()) {
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        for (const waiter of slot.queue.splice(0)) waiter.reject(reason);
      }
      hosts.clear();
    },
  };
}
