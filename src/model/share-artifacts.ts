/**
 * Model artifacts one thread loaded, handed to worker threads so that they read the same memory
 * instead of loading their own copies. An artifact (decoded weights, a stacked weight table,
 * parsed clusters) is known by a key that names where it came from (`model:<path>`); its
 * `parts()` are plain data whose big arrays lie on shared memory (`allocate-shared.ts`), so
 * posting them copies only the small rest.
 *
 * The thread that loads records what it loads once `recordArtifacts()` is on (the analysis pool
 * turns it on; training and evaluation, which load many models, leave it off); `sharedArtifacts()`
 * takes the parts of everything recorded; a worker passes them to `adoptArtifacts()` before its
 * first analysis, and the loaders ask `adoptedParts(key)` before reading a file.
 */
export interface Shareable {
  parts(): unknown;
}

/** Parts by key, as posted to a worker thread. */
export type SharedArtifacts = ReadonlyMap<string, unknown>;

let recording = false;
const recorded = new Map<string, Shareable>();
const names = new WeakMap<object, string>();
let adopted: SharedArtifacts = new Map();

/** From now on, this thread records the artifacts it loads, for `sharedArtifacts`. */
export function recordArtifacts(): void {
  recording = true;
}

/** Names `artifact` by its key (what `artifactName` answers), and records it when recording is on. */
export function noteArtifact(key: string, artifact: object, shareable?: Shareable): void {
  names.set(artifact, key);
  if (recording && shareable !== undefined) recorded.set(key, shareable);
}

/** The key an artifact was noted under, or undefined. */
export function artifactName(artifact: object): string | undefined {
  return names.get(artifact);
}

/** The parts of every artifact recorded so far, for a worker thread's `adoptArtifacts`. */
export function sharedArtifacts(): SharedArtifacts {
  return new Map(Array.from(recorded, ([key, artifact]) => [key, artifact.parts()]));
}

/** Takes the artifacts another thread shared: loaders use them instead of reading their files. */
export function adoptArtifacts(artifacts: SharedArtifacts): void {
  adopted = artifacts;
}

/** The shared parts of the artifact `key`, or undefined (then load it). The caller knows their type by the key. */
export function adoptedParts<P>(key: string): P | undefined {
  return adopted.get(key) as P | undefined;
}
