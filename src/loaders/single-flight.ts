// Concurrent GraphQL requests that need the same upstream GET (same token, or a public read) share
// one request: the first one sends it, the others wait for its answer. Only requests in flight
// are shared; nothing is kept once they settle.
export class SingleFlight {
  private readonly flights = new Map<string, Promise<unknown>>();

  /** The flight under `key` if one is in the air, else the one `start` begins. `joined` tells which. */
  join<T>(key: string, start: () => Promise<T>): { promise: Promise<T>; joined: boolean } {
    const existing = this.flights.get(key) as Promise<T> | undefined;
    if (existing) return { promise: existing, joined: true };
    const promise = start();
    this.flights.set(key, promise);
    const land = () => {
      if (this.flights.get(key) === promise) this.flights.delete(key);
    };
    promise.then(land, land);
    return { promise, joined: false };
  }

  /** Flights in the air now. */
  get size(): number {
    return this.flights.size;
  }
}
